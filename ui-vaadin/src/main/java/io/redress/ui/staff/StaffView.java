package io.redress.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.redress.core.NotFoundException;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.staff.StaffAdministration;
import io.redress.core.identity.StaffMember;
import io.redress.ui.MainLayout;
import io.redress.ui.i18n.Labels;
import io.redress.ui.session.SignedIn;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant administrator's staff: who they are, their roles and whether they may sign in. A member picked from
 * the list can be given other roles or disabled (then they can no longer sign in). Administrators neither disable
 * nor demote themselves here; nobody but a tenant administrator sees any of it.
 */
@Route(value = "staff", layout = MainLayout.class)
@Dependent
public class StaffView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffAdministration staff;
    private final Grid<StaffMember> list = new Grid<>();
    private final VerticalLayout controls = new VerticalLayout();
    private final VerticalLayout editor = new VerticalLayout();
    private final H3 editing = new H3();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Button saveRoles = new Button();
    private final Button disable = new Button();
    private final Paragraph denied = new Paragraph();
    private Caller caller;
    private StaffMember shown;

    @Inject
    public StaffView(StaffAdministration staff) {
        this.staff = staff;
        setWidthFull();
        add(new H2(getTranslation("staff.title")));
        denied.setId("staff-denied");
        denied.setText(getTranslation("staff.notAllowed"));

        list.setId("staff-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(StaffMember::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        list.addColumn(m -> m.displayName() == null ? "" : m.displayName()).setHeader(getTranslation("staff.displayName"));
        list.addColumn(this::roleNames).setHeader(getTranslation("staff.roles"));
        list.addColumn(m -> getTranslation(m.enabled() ? "staff.enabled" : "staff.disabled"))
                .setHeader(getTranslation("staff.status")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        roles.setId("staff-roles");
        roles.setLabel(getTranslation("staff.roles"));
        roles.setItems(Role.TENANT_ROLES);
        roles.setItemLabelGenerator(this::roleName);
        saveRoles.setId("staff-save-roles");
        saveRoles.setText(getTranslation("staff.saveRoles"));
        saveRoles.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRoles.addClickListener(e -> saveRoles());
        disable.setId("staff-disable");
        disable.setText(getTranslation("staff.disable"));
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.addClickListener(e -> disable());
        editor.setPadding(false);
        editor.add(editing, roles, new HorizontalLayout(saveRoles, disable));
        editor.setVisible(false);
        controls.setPadding(false);
        controls.add(list, editor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        enter();
    }

    /** The signed-in tenant admin's staff; anyone else is told it is not theirs to see. */
    void enter() {
        caller = SignedIn.admit(this, controls, denied, SignedIn::isTenantAdmin).orElse(null);
        if (caller == null) {
            return;
        }
        refresh(null);
    }

    private void refresh(String keep) {
        list.setItems(staff.members(caller.tenant()));
        StaffMember again = keep == null ? null : staff.members(caller.tenant()).stream()
                .filter(m -> m.username().equals(keep)).findFirst().orElse(null);
        if (again != null) {
            list.select(again);
        } else {
            show(null);
        }
    }

    private void show(StaffMember member) {
        shown = member;
        editor.setVisible(member != null);
        if (member == null) {
            return;
        }
        editing.setText(getTranslation("staff.editing", member.username()));
        roles.setValue(member.roles().isEmpty() ? Set.of() : EnumSet.copyOf(member.roles()));
        boolean self = member.username().equals(caller.username());
        disable.setEnabled(member.enabled() && !self);
        disable.setTooltipText(self ? getTranslation("staff.notYourself") : null);
        saveRoles.setEnabled(member.enabled());
    }

    private void saveRoles() {
        Set<Role> chosen = roles.getValue();
        if (chosen.isEmpty()) {
            roles.setInvalid(true);
            roles.setErrorMessage(getTranslation("staff.rolesRequired"));
            return;
        }
        if (shown.username().equals(caller.username()) && !chosen.contains(Role.TENANT_ADMIN)) {
            roles.setInvalid(true);
            roles.setErrorMessage(getTranslation("staff.keepAdmin"));
            return;
        }
        roles.setInvalid(false);
        String username = shown.username();
        act(() -> staff.replaceRoles(caller.tenant(), username, chosen, caller.username()),
                getTranslation("staff.rolesSaved", username), username);
    }

    private void disable() {
        String username = shown.username();
        act(() -> staff.disable(caller.tenant(), username, caller.username()),
                getTranslation("staff.disabledNow", username), username);
    }

    private void act(Runnable action, String done, String username) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (NotFoundException e) {
            Notification.show(getTranslation("staff.gone", username)).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh(username);
    }

    private String roleNames(StaffMember member) {
        return member.roles().stream().sorted().map(this::roleName).collect(Collectors.joining(", "));
    }

    private String roleName(Role role) {
        return Labels.of(this, "role.", role.wireName());
    }
}

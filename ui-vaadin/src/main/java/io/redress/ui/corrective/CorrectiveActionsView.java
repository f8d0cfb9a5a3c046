package io.redress.ui.corrective;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.corrective.CorrectiveActionStatus;
import io.redress.core.corrective.Ledger;
import io.redress.core.corrective.Ledger.ActionView;
import io.redress.core.corrective.NewCorrectiveAction;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.sla.ClockStateException;
import io.redress.plugin.api.FieldError;
import io.redress.ui.MainLayout;
import io.redress.ui.i18n.Labels;
import io.redress.ui.session.SignedIn;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The ledger of the signed-in member's tenant: filters by status, owner, case and overdue; a click on an action
 * shows it with what the member may do — its owner reports it done with evidence, a supervisor or above other than
 * the owner accepts or rejects it — and supervisors and above add actions. The platform checks every act again.
 */
@Route(value = "corrective-actions", layout = MainLayout.class)
@Dependent
public class CorrectiveActionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<Role> LEADS = EnumSet.of(Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);

    private final Ledger ledger;
    private final Select<CorrectiveActionStatus> status = new Select<>();
    private final TextField owner = new TextField();
    private final TextField caseNumber = new TextField();
    private final Checkbox overdue = new Checkbox();
    private final Grid<ActionView> grid = new Grid<>();
    private final Div selected = new Div();
    private final ActionForm form;
    private final Details create;
    private Caller caller;

    @Inject
    public CorrectiveActionsView(Ledger ledger) {
        this.ledger = ledger;
        setSizeFull();
        status.setLabel(getTranslation("ledger.status"));
        status.setId("ledger-filter-status");
        status.setItems(CorrectiveActionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("ledger.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("ledger.any") : getTranslation("ledger.status." + s.name()));
        owner.setLabel(getTranslation("ledger.owner"));
        owner.setId("ledger-filter-owner");
        caseNumber.setLabel(getTranslation("ledger.caseNumber"));
        caseNumber.setId("ledger-filter-case");
        overdue.setLabel(getTranslation("ledger.overdueOnly"));
        overdue.setId("ledger-filter-overdue");
        status.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        caseNumber.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, owner, caseNumber, overdue);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("ledger-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ActionView::title).setHeader(getTranslation("ledger.title")).setFlexGrow(1).setKey("title");
        grid.addColumn(ActionView::owner).setHeader(getTranslation("ledger.owner")).setAutoWidth(true).setKey("owner");
        grid.addColumn(a -> a.dueDate().toString()).setHeader(getTranslation("ledger.dueDate")).setAutoWidth(true).setKey("dueDate");
        grid.addColumn(this::statusText).setHeader(getTranslation("ledger.status")).setAutoWidth(true).setKey("status");
        grid.addColumn(a -> Labels.joined(a.caseNumbers())).setHeader(getTranslation("ledger.cases")).setAutoWidth(true).setKey("cases");
        grid.addColumn(this::escalationText).setHeader(getTranslation("ledger.escalations")).setAutoWidth(true).setKey("escalations");
        grid.setEmptyStateText(getTranslation("ledger.empty"));
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        grid.setHeight("20rem");

        form = new ActionForm(this::createAction);
        create = new Details(getTranslation("ledger.new"), form);
        create.setId("ledger-new");
        selected.setId("ledger-selected");
        add(new H2(getTranslation("ledger.heading")), filters, grid, selected, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedIn.caller().ifPresent(this::load);
    }

    void load(Caller signedIn) {
        this.caller = signedIn;
        create.setVisible(signedIn.roles().stream().anyMatch(LEADS::contains));
        refresh();
    }

    void refresh() {
        if (caller == null) {
            return;
        }
        grid.setItems(ledger.list(caller.tenant(), new Ledger.LedgerQuery(status.getValue(), blankToNull(owner.getValue()),
                overdue.getValue() ? Boolean.TRUE : null, blankToNull(caseNumber.getValue()))));
        show(null);
    }

    private String statusText(ActionView a) {
        String text = getTranslation("ledger.status." + a.status().name());
        return a.overdue() ? text + " · " + getTranslation("ledger.overdue") : text;
    }

    private String escalationText(ActionView a) {
        return a.escalations().stream().map(e -> Labels.of(this, "ledger.notify.", e.target())).reduce((x, y) -> x + " → " + y)
                .orElse("—");
    }

    /** The action picked, with what the signed-in member may do with it. */
    private void show(ActionView action) {
        selected.removeAll();
        if (action == null) {
            return;
        }
        selected.add(new H3(action.title()),
                new Paragraph(getTranslation("ledger.cause") + ": " + nullToDash(action.cause())),
                new Paragraph(getTranslation("ledger.criteria") + ": " + action.acceptanceCriteria()),
                new Paragraph(getTranslation("ledger.evidence") + ": " + nullToDash(action.evidence())));
        if (action.rejectionReason() != null) {
            selected.add(new Paragraph(getTranslation("ledger.rejectionReason") + ": " + action.rejectionReason()));
        }
        boolean owns = caller.username().equals(action.owner());
        if (owns && action.status() == CorrectiveActionStatus.OPEN) {
            TextArea evidence = new TextArea(getTranslation("ledger.evidence"));
            evidence.setId("ledger-evidence");
            evidence.setWidthFull();
            Button done = new Button(getTranslation("ledger.markDone"),
                    e -> act(() -> ledger.markDone(caller.tenant(), action.id(), evidence.getValue(), caller)));
            done.setId("ledger-mark-done");
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            selected.add(evidence, done);
        }
        if (!owns && action.status() == CorrectiveActionStatus.DONE && caller.roles().stream().anyMatch(LEADS::contains)) {
            TextArea reason = new TextArea(getTranslation("ledger.reason"));
            reason.setId("ledger-reason");
            reason.setWidthFull();
            Button accept = new Button(getTranslation("ledger.accept"),
                    e -> act(() -> ledger.verify(caller.tenant(), action.id(), true, null, caller)));
            accept.setId("ledger-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("ledger.reject"),
                    e -> act(() -> ledger.verify(caller.tenant(), action.id(), false, reason.getValue(), caller)));
            reject.setId("ledger-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            selected.add(reason, new HorizontalLayout(accept, reject));
        }
    }

    private void act(Supplier<ActionView> act) {
        try {
            ActionView result = act.get();
            refresh();
            grid.select(result);
            Notification.show(getTranslation("ledger.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            refused(e.errors().stream().map(FieldError::message).reduce((x, y) -> x + "; " + y).orElse(""));
        } catch (NotAllowedException | ClockStateException | NotFoundException e) {
            refused(e.getMessage());
        }
    }

    private void createAction(NewCorrectiveAction action) {
        try {
            ledger.create(caller.tenant(), action, caller);
            form.clear();
            refresh();
            Notification.show(getTranslation("ledger.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            form.showErrors(e.errors());
        } catch (NotAllowedException e) {
            refused(e.getMessage());
        }
    }

    private void refused(String why) {
        Notification.show(getTranslation("ledger.refused", why)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    Grid<ActionView> grid() {
        return grid;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToDash(String text) {
        return text == null ? "—" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.heading") + " · " + getTranslation("app.title");
    }

    /** A new action: title, cause, owner, due date, acceptance criteria and the cases that exposed it. */
    static final class ActionForm extends FormLayout {

        private final TextField title = new TextField();
        private final TextArea cause = new TextArea();
        private final TextField owner = new TextField();
        private final DatePicker dueDate = new DatePicker();
        private final TextArea criteria = new TextArea();
        private final TextField cases = new TextField();

        ActionForm(Consumer<NewCorrectiveAction> onCreate) {
            title.setLabel(getTranslation("ledger.title"));
            title.setId("ledger-new-title");
            cause.setLabel(getTranslation("ledger.cause"));
            cause.setId("ledger-new-cause");
            owner.setLabel(getTranslation("ledger.owner"));
            owner.setId("ledger-new-owner");
            dueDate.setLabel(getTranslation("ledger.dueDate"));
            dueDate.setId("ledger-new-due");
            criteria.setLabel(getTranslation("ledger.criteria"));
            criteria.setId("ledger-new-criteria");
            cases.setLabel(getTranslation("ledger.cases"));
            cases.setHelperText(getTranslation("ledger.casesHelp"));
            cases.setId("ledger-new-cases");
            Button save = new Button(getTranslation("ledger.create"), e -> submit(onCreate));
            save.setId("ledger-create");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(title, owner, dueDate, cases, cause, criteria, save);
        }

        private void submit(Consumer<NewCorrectiveAction> onCreate) {
            clearErrors();
            boolean complete = true;
            for (Map.Entry<String, Boolean> required : Map.of("title", title.isEmpty(), "owner", owner.isEmpty(),
                    "criteria", criteria.isEmpty(), "dueDate", dueDate.isEmpty()).entrySet()) {
                if (required.getValue()) {
                    mark(required.getKey(), getTranslation("ledger.required"));
                    complete = false;
                }
            }
            if (complete) {
                onCreate.accept(new NewCorrectiveAction(title.getValue().strip(), blankToNull(cause.getValue()),
                        owner.getValue().strip(), dueDate.getValue(), criteria.getValue().strip(), Labels.codes(cases.getValue())));
            }
        }

        void showErrors(List<FieldError> errors) {
            errors.forEach(e -> mark(e.field().startsWith("caseNumbers") ? "caseNumbers" : e.field(), e.message()));
        }

        private void mark(String field, String message) {
            switch (field) {
                case "title" -> invalid(title, message);
                case "owner" -> invalid(owner, message);
                case "criteria", "acceptanceCriteria" -> invalid(criteria, message);
                case "dueDate" -> invalid(dueDate, message);
                case "caseNumbers" -> invalid(cases, message);
                default -> invalid(cause, message);
            }
        }

        private static void invalid(HasValidation field, String message) {
            field.setInvalid(true);
            field.setErrorMessage(message);
        }

        private void clearErrors() {
            for (HasValidation field : List.<HasValidation>of(title, owner, cases, criteria, cause, dueDate)) {
                field.setInvalid(false);
            }
        }

        void clear() {
            title.clear();
            cause.clear();
            owner.clear();
            dueDate.clear();
            criteria.clear();
            cases.clear();
            clearErrors();
        }
    }
}

package io.redress.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;
import io.redress.core.approval.ApprovalDesk;
import io.redress.core.identity.Caller;
import io.redress.core.notification.NotificationDesk;
import io.redress.ui.approval.ApprovalsView;
import io.redress.ui.calendar.CalendarView;
import io.redress.ui.complaint.InboxView;
import io.redress.ui.corrective.CorrectiveActionsView;
import io.redress.ui.i18n.RedressI18nProvider;
import io.redress.ui.notification.NotificationsView;
import io.redress.ui.policy.PolicyView;
import io.redress.ui.session.SignedIn;
import io.redress.ui.staff.StaffView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

/**
 * The frame of every staff view: title, navigation, a bell with the member's unread notifications, language switch
 * and sign-out (of Keycloak too, when signed in through it). Lets nobody in who has not signed in, and takes
 * {@code ?lang=zh|en} to choose the language.
 */
@Dependent
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final Span who = new Span();
    private final SideNavItem policy;
    private final SideNavItem calendars;
    private final SideNavItem staff;
    private final SideNavItem approvals;
    private final NotificationDesk notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());

    /** Without notifications: no bell. */
    public MainLayout() {
        this(null);
    }

    @Inject
    public MainLayout(NotificationDesk notifications) {
        this.notifications = notifications;
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        Select<Locale> language = new Select<>();
        language.setItems(List.of(RedressI18nProvider.CHINESE, RedressI18nProvider.ENGLISH));
        language.setItemLabelGenerator(l -> "zh".equals(l.getLanguage()) ? "中文" : "English");
        language.setValue(RedressI18nProvider.supported(getLocale()));
        language.setAriaLabel(getTranslation("layout.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTo(e.getValue());
            }
        });

        Button signOut = new Button(getTranslation("layout.signOut"), e -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        bell.setId("notifications-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClickListener(e -> UI.getCurrent().navigate(NotificationsView.class));
        refreshBell();

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, bell, language, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        bar.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        policy = new SideNavItem(getTranslation("nav.policy"), PolicyView.class);
        calendars = new SideNavItem(getTranslation("nav.calendars"), CalendarView.class);
        staff = new SideNavItem(getTranslation("nav.staff"), StaffView.class);
        approvals = new SideNavItem(getTranslation("nav.approvals"), ApprovalsView.class);
        showAdministration(SignedIn.caller().filter(SignedIn::isTenantAdmin).isPresent());
        approvals.setVisible(SignedIn.caller().filter(c -> c.hasAny(ApprovalDesk.SIGNERS)).isPresent());
        nav.addItem(new SideNavItem(getTranslation("nav.inbox"), InboxView.class), approvals,
                new SideNavItem(getTranslation("nav.ledger"), CorrectiveActionsView.class), policy, calendars, staff);
        addToDrawer(nav);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> lang = event.getLocation().getQueryParameters().getParameters().get("lang");
        if (lang != null && !lang.isEmpty()) {
            Locale wanted = RedressI18nProvider.supported(Locale.forLanguageTag(lang.get(0)));
            if (!wanted.equals(RedressI18nProvider.supported(getLocale()))) {
                VaadinSession.getCurrent().setLocale(wanted);
                UI.getCurrent().setLocale(wanted);
                event.forwardTo(event.getLocation().getPath());
                UI.getCurrent().getPage().reload();
                return;
            }
        }
        SignedIn.caller().ifPresentOrElse(
                caller -> {
                    who.setText(caller.username() + " · " + caller.tenant());
                    showAdministration(SignedIn.isTenantAdmin(caller));
                    approvals.setVisible(caller.hasAny(ApprovalDesk.SIGNERS));
                    refreshBell();
                },
                () -> event.forwardTo(LoginView.class));
    }

    /** The bell shows the signed-in member's unread notifications; staff only. */
    public void refreshBell() {
        Caller caller = SignedIn.caller().filter(c -> c.tenant() != null).orElse(null);
        if (notifications == null || caller == null) {
            bell.setVisible(false);
            return;
        }
        long unread = notifications.unreadCount(caller.tenant(), caller.username());
        bell.setVisible(true);
        bell.setText(unread == 0 ? "" : Long.toString(unread));
        bell.setAriaLabel(getTranslation("layout.notifications", unread));
        bell.setTooltipText(getTranslation("layout.notifications", unread));
    }

    /** The tenant's policy, calendars and staff, for its administrators only. */
    private void showAdministration(boolean tenantAdmin) {
        policy.setVisible(tenantAdmin);
        calendars.setVisible(tenantAdmin);
        staff.setVisible(tenantAdmin);
    }

    private void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    private void signOut() {
        if (SignedIn.throughKeycloak()) {
            // the servlet ends the HTTP session, then sends the browser to end the Keycloak session too
            UI.getCurrent().getPage().setLocation("oidc/logout");
            return;
        }
        SignedIn.clear();
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("login");
    }
}

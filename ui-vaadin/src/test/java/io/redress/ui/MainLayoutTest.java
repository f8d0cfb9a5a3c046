package io.redress.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.ui.approval.ApprovalsView;
import io.redress.ui.calendar.CalendarView;
import io.redress.ui.complaint.InboxView;
import io.redress.ui.corrective.CorrectiveActionsView;
import io.redress.ui.i18n.RedressI18nProvider;
import io.redress.ui.policy.PolicyView;
import io.redress.ui.session.SignedIn;
import io.redress.ui.staff.StaffView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The navigation offers the ledger to all staff, the approvals to staff who may sign, the policy, the calendars and
 * the staff to tenant admins only. */
class MainLayoutTest {

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        // registered after the mock UI's first navigation: the views themselves are CDI beans and are not created here
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setAnnotatedRoute(InboxView.class);
        routes.setAnnotatedRoute(CorrectiveActionsView.class);
        routes.setAnnotatedRoute(PolicyView.class);
        routes.setAnnotatedRoute(CalendarView.class);
        routes.setAnnotatedRoute(ApprovalsView.class);
        routes.setAnnotatedRoute(StaffView.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private List<String> navigationAs(Locale locale, Role... roles) {
        UI.getCurrent().setLocale(locale);
        SignedIn.set(new Caller("alice", "acme", Set.of(roles)));
        UI.getCurrent().add(new MainLayout());
        return LocatorJ._find(SideNavItem.class).stream().filter(Component::isVisible).map(SideNavItem::getLabel).toList();
    }

    @Test
    void aTenantAdminSeesThePolicyTheCalendarsAndTheStaff() {
        assertEquals(List.of("Inbox", "Approvals", "Corrective actions", "Policy", "Calendars", "Staff"), navigationAs(Locale.ENGLISH, Role.TENANT_ADMIN, Role.SUPERVISOR));
    }

    @Test
    void inChineseToo() {
        assertEquals(List.of("待办投诉", "整改台账", "策略", "工作日历", "员工"), navigationAs(Locale.SIMPLIFIED_CHINESE, Role.TENANT_ADMIN));
    }

    @Test
    void aSpecialistDoesNot() {
        assertEquals(List.of("Inbox", "Approvals", "Corrective actions"), navigationAs(Locale.ENGLISH, Role.SPECIALIST, Role.DIRECTOR));
    }

    @Test
    void anAuditorSignsNoApprovals() {
        assertEquals(List.of("Inbox", "Corrective actions"), navigationAs(Locale.ENGLISH, Role.AUDITOR));
    }
}

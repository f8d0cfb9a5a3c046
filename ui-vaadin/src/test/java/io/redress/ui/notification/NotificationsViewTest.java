package io.redress.ui.notification;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.notification.NotificationDesk.NotificationView;
import io.redress.core.notification.NotificationKind;
import io.redress.ui.MainLayout;
import io.redress.ui.approval.ApprovalsView;
import io.redress.ui.calendar.CalendarView;
import io.redress.ui.complaint.CaseView;
import io.redress.ui.complaint.InboxView;
import io.redress.ui.corrective.CorrectiveActionsView;
import io.redress.ui.policy.PolicyView;
import io.redress.ui.i18n.RedressI18nProvider;
import io.redress.ui.session.SignedIn;
import io.redress.ui.staff.StaffView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notifications view and the layout's bell (Karibu) over an in-memory desk: the member's own notifications in
 * their language, newest first; marking read, one by a click that opens the case, or all at once; the bell's count.
 */
class NotificationsViewTest {

    private static final Caller WANG = new Caller("wang.fang", "acme", Set.of(Role.SPECIALIST));
    private static final String CASE = "C-20261207-0001";

    private final InMemoryNotificationDesk desk = new InMemoryNotificationDesk();

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        desk.add("acme", "wang.fang", NotificationKind.ASSIGNED, CASE, null, List.of(CASE, "sara"),
                Instant.parse("2026-12-07T01:00:00Z"));
        desk.add("acme", "wang.fang", NotificationKind.DEADLINE_WARNING, CASE, null,
                List.of(CASE, "CONTAINMENT", "2026-12-07T02:00:00Z", "50"), Instant.parse("2026-12-07T02:30:00Z"));
        desk.add("acme", "sara", NotificationKind.ESCALATED, CASE, null,
                List.of(CASE, "CONTAINMENT", "2026-12-07T02:00:00Z", "100"), Instant.parse("2026-12-07T02:30:00Z"));
        desk.add("globex", "wang.fang", NotificationKind.ASSIGNED, "C-20261207-0009", null, List.of("C-20261207-0009", "x"),
                Instant.parse("2026-12-07T03:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private Grid<NotificationView> viewAs(Caller caller, Locale locale) {
        UI.getCurrent().setLocale(locale);
        SignedIn.set(caller);
        NotificationsView view = new NotificationsView(desk);
        UI.getCurrent().add(view);
        view.load(caller);
        return view.grid();
    }

    @Test
    void timesAreShownInTheTenantsZone() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        SignedIn.set(WANG);
        NotificationsView view = new NotificationsView(desk, io.redress.ui.FixedZoneInbox.of("Asia/Dubai"));
        UI.getCurrent().add(view);
        view.load(WANG);
        assertEquals("2026-12-07 06:30 Asia/Dubai", GridKt._getFormatted(view.grid(), 0, "when"));
    }

    @Test
    void listsTheMembersOwnNewestFirstInTheirLanguage() {
        Grid<NotificationView> grid = viewAs(WANG, Locale.ENGLISH);
        assertEquals(2, GridKt._size(grid));
        assertEquals("Deadline warning", GridKt._getFormatted(grid, 0, "kind"));
        assertEquals("Case " + CASE + ": the CONTAINMENT stage is due at 2026-12-07T02:00:00Z (50% of its time used)",
                GridKt._getFormatted(grid, 0, "message"));
        assertEquals("2026-12-07 02:30 UTC", GridKt._getFormatted(grid, 0, "when"));
        assertEquals("Unread", GridKt._getFormatted(grid, 0, "state"));
        assertEquals("Case " + CASE + " was assigned to you by sara", GridKt._getFormatted(grid, 1, "message"));
    }

    @Test
    void speaksChinese() {
        Grid<NotificationView> grid = viewAs(WANG, Locale.SIMPLIFIED_CHINESE);
        assertEquals("时限预警", GridKt._getFormatted(grid, 0, "kind"));
        assertEquals("投诉 " + CASE + " 已由 sara 分派给您", GridKt._getFormatted(grid, 1, "message"));
        assertEquals("未读", GridKt._getFormatted(grid, 1, "state"));
    }

    @Test
    void markingAllReadEmptiesTheUnreadList() {
        Grid<NotificationView> grid = viewAs(WANG, Locale.ENGLISH);
        LocatorJ._get(Checkbox.class, spec -> spec.withId("notifications-unread-only")).setValue(true);
        assertEquals(2, GridKt._size(grid));
        LocatorJ._get(Button.class, spec -> spec.withId("notifications-read-all")).click();
        assertEquals(0, GridKt._size(grid));
        assertEquals(0, desk.unreadCount("acme", "wang.fang"));
        assertEquals(1, desk.unreadCount("acme", "sara"), "another member's stay unread");
        assertEquals(1, desk.unreadCount("globex", "wang.fang"), "and so do those of another tenant");
    }

    @Test
    void clickingOneMarksItReadAndOpensItsCase() {
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(CaseView.class);
        List<String> opened = new ArrayList<>();
        // the case view is a CDI bean the router cannot create here: the navigation is recorded and stopped before it is
        UI.getCurrent().addBeforeEnterListener(event -> {
            if (event.getNavigationTarget() == CaseView.class) {
                opened.add(event.getLocation().getPath());
                event.rerouteTo(Landing.class);
            }
        });
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(Landing.class);
        Grid<NotificationView> grid = viewAs(WANG, Locale.ENGLISH);
        GridKt._clickItem(grid, 1);
        assertEquals(List.of("cases/" + CASE), opened);
        assertEquals(1, desk.unreadCount("acme", "wang.fang"));
        assertTrue(desk.list("acme", "wang.fang", false, 0, 10).items().get(1).read());
    }

    /** The layout's navigation links to these; registered after the mock UI's first navigation, as in MainLayoutTest. */
    private static void registerLayoutRoutes() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        List.of(InboxView.class, CorrectiveActionsView.class, PolicyView.class, CalendarView.class, ApprovalsView.class,
                NotificationsView.class, StaffView.class).forEach(routes::setAnnotatedRoute);
    }

    @Test
    void theBellShowsTheUnreadCountToStaff() {
        registerLayoutRoutes();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        SignedIn.set(WANG);
        MainLayout layout = new MainLayout(desk);
        UI.getCurrent().add(layout);
        Button bell = LocatorJ._get(Button.class, spec -> spec.withId("notifications-bell"));
        assertTrue(bell.isVisible());
        assertEquals("2", bell.getText());
        assertEquals("Notifications: 2 unread", bell.getElement().getAttribute("aria-label"));
        desk.markAllRead("acme", "wang.fang");
        layout.refreshBell();
        assertEquals("", bell.getText());
    }

    @Test
    void thePlatformAdministratorHasNoBell() {
        registerLayoutRoutes();
        SignedIn.set(Caller.platformAdmin("admin"));
        UI.getCurrent().add(new MainLayout(desk));
        // the bell is there but hidden: the locator finds no visible one
        LocatorJ._assertNone(Button.class, spec -> spec.withId("notifications-bell"));
        assertEquals(1, LocatorJ._find(Button.class, spec -> spec.withId("sign-out")).size());
    }

    /** Where the test's navigation ends instead of the case view. */
    @Route("landing")
    public static class Landing extends Div {
    }
}

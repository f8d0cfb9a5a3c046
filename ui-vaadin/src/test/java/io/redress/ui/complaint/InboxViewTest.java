package io.redress.ui.complaint;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import io.redress.core.complaint.CaseSummary;
import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.complaint.Inbox;
import io.redress.plugin.api.LocalizedText;
import io.redress.ui.i18n.RedressI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox view on the server side (Karibu): what each column shows for the platform's case summaries, in both
 * languages, at a fixed instant. The summaries stand for what {@link Inbox} returns; the platform's own queries are
 * tested against a real database in the system tests.
 */
class InboxViewTest {

    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");

    private final CaseSummary overdue = new CaseSummary("C-20261119-0001", "Damaged shipment", "MAJOR",
            LocalizedText.of("重大投诉", "Major complaint"), ComplaintStatus.RECEIVED, Instant.parse("2026-11-19T07:30:00Z"),
            "MIDDLE_EAST", "RESPONSE", Instant.parse("2026-11-19T09:30:00Z"), true, Duration.ofHours(-27).minusMinutes(30));
    private final CaseSummary running = new CaseSummary("C-20261123-0002", "Late reply", "GENERAL",
            LocalizedText.of("一般投诉", "General complaint"), ComplaintStatus.RECEIVED, Instant.parse("2026-11-23T09:00:00Z"),
            "MIDDLE_EAST", "REGISTRATION", Instant.parse("2026-11-25T13:00:00Z"), false, Duration.ofHours(12));
    private final CaseSummary ungraded = new CaseSummary("C-20261123-0003", "Plugin failed", null, null,
            ComplaintStatus.NEEDS_MANUAL_GRADING, Instant.parse("2026-11-23T09:30:00Z"), "MIDDLE_EAST", null, null, false, null);

    private final Inbox inbox = new Inbox() {
        @Override
        public List<CaseSummary> inbox(String tenant, int limit) {
            return "acme".equals(tenant) ? List.of(overdue, running, ungraded) : List.of();
        }

        @Override
        public ZoneId zoneOf(String tenant) {
            return DUBAI;
        }
    };

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(Landing.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private Grid<CaseSummary> inboxIn(Locale locale) {
        UI.getCurrent().setLocale(locale);
        InboxView view = new InboxView(inbox);
        UI.getCurrent().add(view);
        view.load("acme");
        return view.grid();
    }

    @Test
    void showsEachCaseWithGradeStatusAndNextDeadlineInEnglish() {
        Grid<CaseSummary> grid = inboxIn(Locale.ENGLISH);
        assertEquals(3, GridKt._size(grid));
        assertEquals("C-20261119-0001", GridKt._getFormatted(grid, 0, "caseNumber"));
        assertEquals("Damaged shipment", GridKt._getFormatted(grid, 0, "subject"));
        assertEquals("Major complaint", GridKt._getFormatted(grid, 0, "grade"));
        assertEquals("Received", GridKt._getFormatted(grid, 0, "status"));
        // 09:30Z is 13:30 in Dubai
        assertEquals("Response · 2026-11-19 13:30", GridKt._getFormatted(grid, 0, "nextDeadline"));
        assertEquals("Next deadline (Asia/Dubai)", grid.getColumnByKey("nextDeadline").getHeaderText());
        assertEquals("Not graded", GridKt._getFormatted(grid, 2, "grade"));
        assertEquals("Needs manual grading", GridKt._getFormatted(grid, 2, "status"));
    }

    @Test
    void overdueIsRedAndTimeLeftIsCounted() {
        Grid<CaseSummary> grid = inboxIn(Locale.ENGLISH);
        Component late = GridKt._getCellComponent(grid, 0, "timeLeft");
        // the case's calendar counts 27.5 working hours since the missed deadline
        assertEquals("Overdue by 27h 30m", late.getElement().getText());
        assertTrue(late.getElement().getClassList().contains("redress-overdue"));
        Component left = GridKt._getCellComponent(grid, 1, "timeLeft");
        assertEquals("12h 0m left", left.getElement().getText());
        assertFalse(left.getElement().getClassList().contains("redress-overdue"));
        assertEquals("—", GridKt._getCellComponent(grid, 2, "timeLeft").getElement().getText());
    }

    @Test
    void clickingACaseOpensItsView() {
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(CaseView.class);
        List<String> opened = new ArrayList<>();
        // the case view is a CDI bean the router cannot create here: the navigation is recorded and stopped before it is
        UI.getCurrent().addBeforeEnterListener(event -> {
            if (event.getNavigationTarget() == CaseView.class) {
                opened.add(event.getLocation().getPath() + " " + event.getRouteParameters().get("caseNumber").orElse(""));
                event.rerouteTo(Landing.class);
            }
        });
        Grid<CaseSummary> grid = inboxIn(Locale.ENGLISH);
        GridKt._clickItem(grid, 1);
        assertEquals(List.of("cases/C-20261123-0002 C-20261123-0002"), opened);
    }

    /** Where the test's navigation ends instead of the case view. */
    @Route("landing")
    public static class Landing extends Div {
    }

    @Test
    void speaksChinese() {
        Grid<CaseSummary> grid = inboxIn(Locale.SIMPLIFIED_CHINESE);
        assertEquals("重大投诉", GridKt._getFormatted(grid, 0, "grade"));
        assertEquals("已受理", GridKt._getFormatted(grid, 0, "status"));
        assertEquals("已超时 27小时30分钟", GridKt._getCellComponent(grid, 0, "timeLeft").getElement().getText());
        assertEquals("首次响应 · 2026-11-19 13:30", GridKt._getFormatted(grid, 0, "nextDeadline"));
    }
}

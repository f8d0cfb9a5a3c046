package io.redress.ui.complaint;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.RouteConfiguration;
import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.complaint.CaseDesk.CaseDetail;
import io.redress.core.complaint.CaseDesk.EscalationStep;
import io.redress.core.complaint.CaseDesk.Member;
import io.redress.core.complaint.CaseDesk.StageClock;
import io.redress.core.complaint.CaseDesk.TimelineItem;
import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.sla.ClockStateException;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.LocalizedText;
import io.redress.ui.i18n.MessageBundlesTest;
import io.redress.ui.i18n.RedressI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case view on the server side (Karibu), over an in-memory case desk: the header, every stage clock with its
 * state and working time, the escalations and the timeline in the tenant's zone, and the acts on the case, each of
 * which calls the platform and shows the case as it answers.
 */
class CaseViewTest {

    /** Monday 14:00 in Dubai. */
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
    private static final String NUMBER = "C-20261119-0001";
    private static final String TOKEN = InMemoryCaseDesk.TENANT + ".Q2FzZVZpZXdUZXN0LXRyYWNraW5n";
    private static final Caller ALICE = new Caller("alice", InMemoryCaseDesk.TENANT, Set.of(Role.SPECIALIST));

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private InMemoryCaseDesk desk;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        // for the link back to the inbox; the views themselves are CDI beans and are not created by the router here
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(InboxView.class);
        desk = new InMemoryCaseDesk(clock, damagedShipment());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static StageClock clock(String stage, int occurrence, boolean recurring, String anchor, int amount, DeadlineUnit unit,
                                    String startedAt, String dueAt, String completedAt, Boolean met, String outcome,
                                    Duration left) {
        return new StageClock(stage, occurrence, recurring, anchor, amount, unit, "MIDDLE_EAST",
                startedAt == null ? null : at(startedAt), dueAt == null ? null : at(dueAt),
                completedAt == null ? null : at(completedAt), met, outcome, false, left, 0);
    }

    private static CaseDetail damagedShipment() {
        List<StageClock> clocks = List.of(
                clock("RESPONSE", 1, false, "RECEIVED", 2, DeadlineUnit.WORKING_HOURS,
                        "2026-11-19T07:30:00Z", "2026-11-19T09:30:00Z", "2026-11-19T08:45:00Z", true, "COMPLETED", null),
                clock("REGISTRATION", 1, false, "RECEIVED", 1, DeadlineUnit.WORKING_DAYS,
                        "2026-11-19T07:30:00Z", "2026-11-20T13:00:00Z", "2026-11-23T05:00:00Z", false, "COMPLETED", null),
                clock("INVESTIGATION", 1, false, "REGISTRATION", 3, DeadlineUnit.WORKING_DAYS,
                        "2026-11-23T05:00:00Z", "2026-11-25T13:00:00Z", null, null, null, Duration.ofHours(19)),
                clock("CONTAINMENT", 1, false, "RECEIVED", 24, DeadlineUnit.HOURS,
                        "2026-11-19T07:30:00Z", "2026-11-20T07:30:00Z", null, null, null, Duration.ofHours(-27).minusMinutes(30)),
                clock("PROGRESS_UPDATE", 1, true, "RECEIVED", 2, DeadlineUnit.WORKING_DAYS,
                        "2026-11-19T07:30:00Z", "2026-11-20T13:00:00Z", "2026-11-20T10:00:00Z", true, "COMPLETED", null),
                clock("PROGRESS_UPDATE", 2, true, "RECEIVED", 2, DeadlineUnit.WORKING_DAYS,
                        "2026-11-20T10:00:00Z", "2026-11-23T12:00:00Z", null, null, null, Duration.ofHours(2)),
                clock("PLAN", 1, false, "INVESTIGATION", 2, DeadlineUnit.WORKING_DAYS, null, null, null, null, null, null),
                clock("SATISFACTION", 1, false, "RECEIVED", 30, DeadlineUnit.DAYS,
                        "2026-11-19T07:30:00Z", "2026-12-19T07:30:00Z", null, null, "CANCELLED", null));
        List<EscalationStep> escalations = List.of(
                new EscalationStep("CONTAINMENT", 1, 1, 50, "SUPERVISOR", at("2026-11-19T19:30:00Z"),
                        at("2026-11-19T19:30:00Z"), at("2026-11-19T19:31:00Z")),
                new EscalationStep("CONTAINMENT", 1, 2, 100, "DIRECTOR", at("2026-11-20T07:30:00Z"),
                        at("2026-11-20T07:30:00Z"), at("2026-11-20T07:31:00Z")),
                new EscalationStep("PROGRESS_UPDATE", 2, 1, 75, "QUALITY_DEPT", at("2026-11-23T09:00:00Z"),
                        at("2026-11-23T09:00:00Z"), at("2026-11-23T09:01:00Z")));
        List<TimelineItem> timeline = List.of(
                new TimelineItem(1, at("2026-11-19T07:30:00Z"), "RECEIVED", "api", "{\"channel\":\"PHONE\",\"complainants\":1}"),
                new TimelineItem(2, at("2026-11-19T07:30:01Z"), "GRADED", "system", "{\"grade\":\"MAJOR\",\"rule\":\"loss\"}"),
                new TimelineItem(3, at("2026-11-19T08:00:00Z"), "CUSTOMER_CALLED", "bob", "not json"));
        return new CaseDetail(NUMBER, "Damaged shipment", "Two pallets arrived crushed.", "Fatima Al Mansouri", "MAJOR",
                LocalizedText.of("重大投诉", "Major complaint"), ComplaintStatus.INVESTIGATING, at("2026-11-19T07:30:00Z"),
                "MIDDLE_EAST", DUBAI, null, clocks, escalations, timeline, TOKEN);
    }

    private CaseView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        CaseView view = new CaseView(desk, clock);
        UI.getCurrent().add(view);
        view.show(ALICE, NUMBER);
        return view;
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return LocatorJ._get(type, spec -> spec.withId(id));
    }

    /** Karibu finds only what is shown: a hidden component is not found. */
    private static void assertHidden(Class<? extends Component> type, String id) {
        LocatorJ._assertNone(type, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return byId(Span.class, id).getText();
    }

    private static Component cell(Grid<?> grid, int row, String key) {
        return GridKt._getCellComponent(grid, row, key);
    }

    private static List<String> states(CaseView view) {
        return IntStream.range(0, GridKt._size(view.clocks())).mapToObj(i -> cell(view.clocks(), i, "state").getElement().getText())
                .toList();
    }

    /** The stages whose row offers "complete". */
    private static List<String> completable(CaseView view) {
        return IntStream.range(0, GridKt._size(view.clocks()))
                .filter(i -> cell(view.clocks(), i, "action") instanceof Button)
                .mapToObj(i -> GridKt._get(view.clocks(), i).stage()).toList();
    }

    @Test
    void theHeaderSaysWhatTheCaseIsInTheTenantsZone() {
        CaseView view = open(Locale.ENGLISH);
        assertEquals("Case C-20261119-0001", view.getPageTitle().split(" · ")[0]);
        assertEquals("Damaged shipment", text("case-subject"));
        assertEquals("Fatima Al Mansouri", text("case-complainant"));
        assertEquals("Major complaint", text("case-grade"));
        assertEquals("Investigating", text("case-status"));
        // 07:30Z is 11:30 in Dubai
        assertEquals("2026-11-19 11:30 (Asia/Dubai)", text("case-received-at"));
        assertHidden(Paragraph.class, "case-paused");
        assertTrue(byId(Button.class, "case-wait").isVisible());
        assertHidden(Button.class, "case-resume");
    }

    @Test
    void showsTheComplainantsTrackingLinkWithACopyButton() {
        open(Locale.SIMPLIFIED_CHINESE);
        TextField link = byId(TextField.class, "case-tracking-link");
        assertTrue(link.isReadOnly());
        assertTrue(link.getValue().matches("https?://[^/]+(/.*)?/track/" + TOKEN.replace(".", "\\.")), link.getValue());
        Button copy = byId(Button.class, "case-tracking-copy");
        assertEquals("复制", copy.getText());
        copy.click();
        List<PendingJavaScriptInvocation> scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertTrue(scripts.stream().anyMatch(js -> js.getInvocation().getExpression().contains("navigator.clipboard.writeText")
                && js.getInvocation().getParameters().contains(link.getValue())), "the link goes to the clipboard");
    }

    @Test
    void listsEveryClockWithItsRuleDueTimeAndState() {
        CaseView view = open(Locale.ENGLISH);
        Grid<StageClock> clocks = view.clocks();
        assertEquals(8, GridKt._size(clocks));
        assertEquals(List.of("Met", "Missed", "Open", "Open", "Met", "Open", "Not started", "Cancelled"), states(view));
        assertEquals("Due (Asia/Dubai)", clocks.getColumnByKey("due").getHeaderText());
        assertEquals(List.of("Response", "", "Receipt + 2 Working hours", "2026-11-19 13:30"),
                List.of(GridKt._getFormatted(clocks, 0, "stage"), GridKt._getFormatted(clocks, 0, "occurrence"),
                        GridKt._getFormatted(clocks, 0, "rule"), GridKt._getFormatted(clocks, 0, "due")));
        assertEquals("Completed 2026-11-19 12:45", cell(clocks, 0, "timeLeft").getElement().getText());
        assertEquals("Registration + 3 Working days", GridKt._getFormatted(clocks, 2, "rule"));
        assertEquals("19h 0m left", cell(clocks, 2, "timeLeft").getElement().getText());
        assertEquals("Overdue by 27h 30m", cell(clocks, 3, "timeLeft").getElement().getText());
        assertTrue(cell(clocks, 3, "timeLeft").getElement().getClassList().contains("redress-overdue"));
        assertTrue(cell(clocks, 1, "state").getElement().getClassList().contains("redress-overdue"), "a missed clock is red");
        assertEquals("No. 2", GridKt._getFormatted(clocks, 5, "occurrence"));
        assertEquals("2h 0m left", cell(clocks, 5, "timeLeft").getElement().getText());
        assertTrue(cell(clocks, 5, "timeLeft").getElement().getClassList().contains("redress-due-soon"));
        assertEquals("—", GridKt._getFormatted(clocks, 6, "due"));
        assertEquals("Waits for Investigation", cell(clocks, 6, "timeLeft").getElement().getText());
        assertEquals(List.of("INVESTIGATION", "CONTAINMENT", "PROGRESS_UPDATE"), completable(view));
    }

    @Test
    void listsTheEscalationsSoFarAndTheTimeline() {
        CaseView view = open(Locale.ENGLISH);
        assertEquals(3, GridKt._size(view.escalations()));
        assertEquals(List.of("Containment", "1", "50%", "Supervisor", "2026-11-19 23:30"), GridKt._getFormattedRow(view.escalations(), 0));
        assertEquals(List.of("Containment", "2", "100%", "Director", "2026-11-20 11:30"), GridKt._getFormattedRow(view.escalations(), 1));
        // a unit's code is shown as it is
        assertEquals(List.of("Progress update (no. 2)", "1", "75%", "QUALITY_DEPT", "2026-11-23 13:00"),
                GridKt._getFormattedRow(view.escalations(), 2));
        assertEquals(List.of("2026-11-19 11:30", "Received", "api", "channel: PHONE · complainants: 1"),
                GridKt._getFormattedRow(view.timeline(), 0));
        assertEquals(List.of("2026-11-19 12:00", "CUSTOMER_CALLED", "bob", "not json"), GridKt._getFormattedRow(view.timeline(), 2));
    }

    @Test
    void completingAStageCallsThePlatformAndShowsTheAnswer() {
        CaseView view = open(Locale.ENGLISH);
        byId(TextField.class, "case-note").setValue("Root cause found");
        LocatorJ._click((Button) cell(view.clocks(), 2, "action"));
        assertEquals(List.of("completeStage C-20261119-0001 INVESTIGATION note=Root cause found by alice"), desk.calls);
        NotificationsKt.expectNotifications("Stage Investigation completed.");
        assertEquals("Met", states(view).get(2));
        assertEquals("Completed 2026-11-23 14:00", cell(view.clocks(), 2, "timeLeft").getElement().getText());
        assertEquals(List.of("CONTAINMENT", "PROGRESS_UPDATE"), completable(view));
        assertEquals("", byId(TextField.class, "case-note").getValue());
        assertEquals(List.of("2026-11-23 14:00", "Stage completed", "alice", "stage: INVESTIGATION"),
                GridKt._getFormattedRow(view.timeline(), 3));

        LocatorJ._click((Button) cell(view.clocks(), 3, "action"));
        assertEquals("Missed", states(view).get(3), "completed after its due time");
    }

    @Test
    void waitingForTheCustomerPausesTheClocksUntilResumed() {
        CaseView view = open(Locale.ENGLISH);
        LocatorJ._click(byId(Button.class, "case-wait"));
        assertEquals("waitForCustomer C-20261119-0001 note=null by alice", desk.calls.get(0));
        assertEquals("Waiting for customer", text("case-status"));
        assertEquals("Waiting for the customer since 2026-11-23 14:00 (Asia/Dubai): the clocks are paused.",
                byId(Paragraph.class, "case-paused").getText());
        assertTrue(byId(Paragraph.class, "case-paused").isVisible());
        assertEquals(List.of("Met", "Missed", "Paused", "Paused", "Met", "Paused", "Not started", "Cancelled"), states(view));
        assertEquals(List.of(), completable(view));
        assertHidden(Button.class, "case-wait");
        assertTrue(byId(Button.class, "case-resume").isVisible());

        LocatorJ._click(byId(Button.class, "case-resume"));
        assertEquals("resume C-20261119-0001 note=null by alice", desk.calls.get(1));
        assertEquals("Investigating", text("case-status"));
        assertHidden(Paragraph.class, "case-paused");
        assertEquals("Open", states(view).get(2));
        assertTrue(byId(Button.class, "case-wait").isVisible());
    }

    @Test
    void aRefusalIsNotifiedAndTheCaseReadAgain() {
        CaseView view = open(Locale.ENGLISH);
        int finds = desk.finds;
        desk.failNext(new ClockStateException("the case is closed"));
        LocatorJ._click((Button) cell(view.clocks(), 2, "action"));
        NotificationsKt.expectNotifications("Not done: the case is closed");
        assertEquals(finds + 1, desk.finds);
        assertEquals("Open", states(view).get(2));

        desk.failNext(new IllegalStateException("the stage was completed meanwhile"));
        LocatorJ._click((Button) cell(view.clocks(), 2, "action"));
        NotificationsKt.expectNotifications("Not done: the stage was completed meanwhile");

        desk.failNext(new InvalidInputException("note", "must be at most 500 characters"));
        LocatorJ._click(byId(Button.class, "case-wait"));
        NotificationsKt.expectNotifications("Not done: note: must be at most 500 characters");
        assertEquals("Investigating", text("case-status"));

        desk.failNext(new NotFoundException("no complaint " + NUMBER));
        LocatorJ._click(byId(Button.class, "case-wait"));
        NotificationsKt.expectNotifications("Not done: There is no case C-20261119-0001.");
    }

    @Test
    void anUnknownCaseIsSaidToBeUnknown() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        CaseView view = new CaseView(desk, clock);
        UI.getCurrent().add(view);
        view.show(ALICE, "C-20990101-0009");
        assertEquals("There is no case C-20990101-0009.", byId(Paragraph.class, "case-not-found").getText());
        assertTrue(byId(Paragraph.class, "case-not-found").isVisible());
        LocatorJ._assertNone(Button.class, spec -> spec.withId("case-wait"));
    }

    @Test
    void everyStateOfAClockHasALabel() {
        for (CaseView.ClockState state : CaseView.ClockState.values()) {
            MessageBundlesTest.assertLabelled("clock.state." + state.name());
        }
    }

    @Test
    void speaksChinese() {
        CaseView view = open(Locale.SIMPLIFIED_CHINESE);
        assertEquals("调查中", text("case-status"));
        assertEquals("重大投诉", text("case-grade"));
        assertEquals(List.of("按时完成", "超时", "进行中", "进行中", "按时完成", "进行中", "未开始", "已取消"), states(view));
        assertEquals("受理 + 2 工作小时", GridKt._getFormatted(view.clocks(), 0, "rule"));
        assertEquals("第 2 次", GridKt._getFormatted(view.clocks(), 5, "occurrence"));
        assertEquals("已超时 27小时30分钟", cell(view.clocks(), 3, "timeLeft").getElement().getText());
        assertEquals("主管", GridKt._getFormatted(view.escalations(), 0, "target"));
        assertEquals("已受理", GridKt._getFormatted(view.timeline(), 0, "kind"));
        assertEquals("等待客户", byId(Button.class, "case-wait").getText());
    }

    @Test
    void aSupervisorAssignsTheCaseAmongTheCandidatesAndSeesWhoHandlesIt() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        CaseView view = new CaseView(desk, clock);
        UI.getCurrent().add(view);
        view.show(new Caller("sara", InMemoryCaseDesk.TENANT, Set.of(Role.SUPERVISOR)), NUMBER);
        assertEquals("not assigned yet", text("case-assignee"));
        assertHidden(Span.class, "case-translator");
        @SuppressWarnings("unchecked")
        ComboBox<String> assignTo = byId(ComboBox.class, "case-assign-to");
        assertEquals(List.of("omar", "lena"), assignTo.getListDataView().getItems().toList());
        assignTo.setValue("lena");
        LocatorJ._click(byId(Button.class, "case-action-ASSIGN"));
        assertEquals("transition C-20261119-0001 ASSIGN to lena by sara", desk.calls.get(0));
        assertEquals("lena", text("case-assignee"));
        assertEquals("MIDDLE_EAST_CENTRE", text("case-owner-unit"));
        assertEquals("Needs a translator: the handler does not speak the complainant's language.", text("case-translator"));
    }

    @Test
    void aSpecialistSeesOnlyTheActionsTheirRoleAndTheStatusAllow() {
        CaseView view = open(Locale.ENGLISH);
        assertHidden(Button.class, "case-action-ASSIGN");
        assertHidden(ComboBox.class, "case-assign-to");
        assertHidden(Button.class, "case-action-APPROVE_PLAN");
        LocatorJ._click(byId(Button.class, "case-action-PROPOSE_PLAN"));
        assertEquals("Plan proposed", text("case-status"));
        NotificationsKt.expectNotifications("Done: Propose the plan.");
        assertHidden(Button.class, "case-action-PROPOSE_PLAN");
        assertHidden(Button.class, "case-action-APPROVE_PLAN");

        desk.failNext(new NotAllowedException("the case is assigned to omar"));
        LocatorJ._click(byId(Button.class, "case-wait"));
        NotificationsKt.expectNotifications("Not done: your role may not do this on this case");
    }

    @Test
    void theGroupOfComplainantsAndItsStatementAreShown() {
        desk.members = List.of(new Member("Siti Rahman", null, "+65 8123 4567", "a voucher", false),
                new Member("Arjun Nair", "arjun@example.sg", null, "refund and apology", true));
        desk.statement = "We apologise and refund every traveller in full.";
        CaseView view = open(Locale.ENGLISH);
        Grid<?> members = byId(Grid.class, "case-members");
        assertEquals(2, GridKt._size(members));
        assertEquals("+65 8123 4567", GridKt._getFormatted(members, 0, "contact"));
        assertEquals("Spokesperson", GridKt._getFormatted(members, 1, "spokesperson"));
        assertEquals("Official statement: We apologise and refund every traveller in full.",
                byId(Paragraph.class, "case-statement").getText());
        assertTrue(view.isAttached());
    }
}

package io.redress.ui.approval;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.redress.core.approval.ApprovalFile;
import io.redress.core.approval.ApprovalStatus;
import io.redress.core.approval.StepOutcome;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.plugin.api.ApprovalMode;
import io.redress.plugin.api.ApprovalScope;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;
import io.redress.ui.i18n.RedressI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The approvals inbox and the signature dialog on the server side (Karibu), over an in-memory desk: what each request
 * shows, and that nothing is signed without the right password, nor rejected without a reason.
 */
class ApprovalsViewTest {

    private static final Caller FIONA = new Caller("fiona", InMemoryApprovalDesk.TENANT, Set.of(Role.SUPERVISOR));
    private static final String HASH = "a".repeat(64);

    private InMemoryApprovalDesk desk;

    private static ApprovalFile.Step step(int number, String role, ApprovalScope scope, StepOutcome status, String dueAt) {
        return new ApprovalFile.Step(number, ApprovalMode.SERIAL, List.of(new Approver(role, scope)), 1, DeadlineUnit.WORKING_DAYS,
                status, null, dueAt == null ? null : Instant.parse(dueAt), null, null, null);
    }

    /** A refund whose supervisor step was missed and escalated to the director, as the director's inbox shows it. */
    private static ApprovalFile escalatedRefund(boolean toYou) {
        ApprovalFile.Step missed = new ApprovalFile.Step(1, ApprovalMode.SERIAL, List.of(new Approver("supervisor", ApprovalScope.OWN_DEPARTMENT)),
                1, DeadlineUnit.WORKING_DAYS, StepOutcome.OPEN, Instant.parse("2026-11-20T01:00:00Z"), Instant.parse("2026-11-21T01:00:00Z"),
                null, Instant.parse("2026-11-21T01:00:05Z"), new Approver("director", ApprovalScope.OWN_DEPARTMENT));
        return new ApprovalFile("req-2", "C-20261120-0002", DecisionType.REFUND, ApprovalStatus.PENDING,
                Money.of("800.00", "CNY"), "Partial refund", 1, null, "{}", HASH, "refund-within-threshold", 1, "sam",
                Instant.parse("2026-11-20T01:00:00Z"), null, List.of(missed), List.of(), toYou);
    }

    private static ApprovalFile purchase() {
        return new ApprovalFile("req-1", "C-20261120-0001", DecisionType.PURCHASE, ApprovalStatus.PENDING,
                Money.of("3000.00", "CNY"), "Replacement kettles", 1, null, "{}", HASH, "purchase-chain", 2, "sam",
                Instant.parse("2026-11-20T01:00:00Z"), null,
                List.of(step(1, "department-head", ApprovalScope.OWN_DEPARTMENT, StepOutcome.APPROVED, "2026-11-21T10:00:00Z"),
                        step(2, "finance", ApprovalScope.HQ, StepOutcome.OPEN, "2026-11-24T10:00:00Z"),
                        step(3, "ceo", ApprovalScope.MANAGEMENT, StepOutcome.WAITING, null)),
                List.of(), false);
    }

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        desk = new InMemoryApprovalDesk(List.of(purchase()));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private ApprovalsView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        ApprovalsView view = new ApprovalsView(desk);
        UI.getCurrent().add(view);
        view.load(FIONA);
        return view;
    }

    private static Button button(String id) {
        return LocatorJ._get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void dueTimesAreShownInTheTenantsZone() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ApprovalsView view = new ApprovalsView(desk, io.redress.ui.FixedZoneInbox.of("Asia/Shanghai"));
        UI.getCurrent().add(view);
        view.load(FIONA);
        assertEquals("2026-11-24 18:00 Asia/Shanghai", GridKt._getFormatted(view.grid(), 0, "due"));
    }

    @Test
    void listsWhatIsToBeApprovedAndTheStepAsked() {
        ApprovalsView view = open(Locale.ENGLISH);
        assertEquals(1, GridKt._size(view.grid()));
        assertEquals(List.of("C-20261120-0001", "Purchase", "3000.00 CNY", "Replacement kettles", "2 / 3 · finance",
                        "2026-11-24 10:00 UTC"),
                List.of("case", "type", "amount", "subject", "step", "due").stream()
                        .map(key -> GridKt._getFormatted(view.grid(), 0, key)).toList());
    }

    @Test
    void anItemEscalatedToTheCallerSaysSoAndSinceWhenItIsOverdue() {
        desk = new InMemoryApprovalDesk(List.of(purchase(), escalatedRefund(true)));
        ApprovalsView view = open(Locale.ENGLISH);
        assertEquals("", GridKt._getFormatted(view.grid(), 0, "escalation"), "a step in time");
        assertEquals("Escalated to you: overdue since 2026-11-21 01:00 UTC", GridKt._getFormatted(view.grid(), 1, "escalation"));
        assertEquals("escalated-to-you", view.grid().getPartNameGenerator().apply(GridKt._get(view.grid(), 1)));
        assertNull(view.grid().getPartNameGenerator().apply(GridKt._get(view.grid(), 0)));
    }

    @Test
    void itsOwnApproversSeeOnlyThatItIsOverdueInChineseToo() {
        desk = new InMemoryApprovalDesk(List.of(escalatedRefund(false)));
        assertEquals("Overdue since 2026-11-21 01:00 UTC", GridKt._getFormatted(open(Locale.ENGLISH).grid(), 0, "escalation"));
        MockVaadin.tearDown();
        MockVaadin.setup(new Routes());
        assertEquals("2026-11-21 01:00 UTC 起逾期", GridKt._getFormatted(open(Locale.SIMPLIFIED_CHINESE).grid(), 0, "escalation"));
        desk = new InMemoryApprovalDesk(List.of(escalatedRefund(true)));
        ApprovalsView chinese = open(Locale.SIMPLIFIED_CHINESE);
        assertEquals("已逾期上报给您（2026-11-21 01:00 UTC 起逾期）", GridKt._getFormatted(chinese.grid(), 0, "escalation"));
        assertEquals("逾期上报", chinese.grid().getColumnByKey("escalation").getHeaderText());
    }

    @Test
    void inChineseToo() {
        ApprovalsView view = open(Locale.SIMPLIFIED_CHINESE);
        assertEquals("采购", GridKt._getFormatted(view.grid(), 0, "type"));
        assertEquals("待我审批 · Redress 投诉管理", view.getPageTitle());
    }

    @Test
    void theDialogShowsExactlyWhatIsSignedAndNeedsThePassword() {
        ApprovalsView view = open(Locale.ENGLISH);
        SignatureDialog dialog = view.open(GridKt._get(view.grid(), 0));
        assertEquals(HASH, LocatorJ._get(Span.class, spec -> spec.withId("signature-hash")).getText());
        assertEquals("3000.00 CNY", LocatorJ._get(Span.class, spec -> spec.withId("signature-amount")).getText());

        button("signature-approve").click();
        assertTrue(dialog.password().isInvalid(), "no password, no signature");
        dialog.password().setValue("wrong");
        button("signature-approve").click();
        assertTrue(dialog.password().isInvalid());
        assertEquals("", dialog.password().getValue(), "a refused password is cleared");
        assertTrue(desk.signed.isEmpty());
        assertTrue(dialog.isOpened());

        dialog.password().setValue(InMemoryApprovalDesk.PASSWORD);
        button("signature-approve").click();
        assertEquals(List.of("fiona APPROVE req-1"), desk.signed);
        assertFalse(dialog.isOpened());
        assertEquals(0, GridKt._size(view.grid()), "the signed request leaves the inbox");
    }

    @Test
    void aRejectionNeedsItsReason() {
        ApprovalsView view = open(Locale.ENGLISH);
        SignatureDialog dialog = view.open(GridKt._get(view.grid(), 0));
        dialog.password().setValue(InMemoryApprovalDesk.PASSWORD);
        button("signature-reject").click();
        assertTrue(dialog.comment().isInvalid());
        assertTrue(desk.signed.isEmpty());
        dialog.comment().setValue("Buy from the framework supplier");
        button("signature-reject").click();
        assertEquals(List.of("fiona REJECT req-1 Buy from the framework supplier"), desk.signed);
    }
}

package io.redress.ui.approval;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.redress.core.approval.ApprovalFile;
import io.redress.core.approval.ApprovalStatus;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;
import io.redress.ui.i18n.RedressI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The approvals section of the case view (Karibu): the case's requests in the member's language, and a decision put
 * to approval from the form — a closure, a refund with its amount, an extension with its stage — while an incomplete
 * form puts nothing to approval.
 */
class CaseApprovalsTest {

    private static final String CASE = "C-20261124-0001";
    private static final Caller WANG = new Caller("wang.wei", InMemoryApprovalDesk.TENANT, Set.of(Role.SUPERVISOR));

    private InMemoryApprovalDesk desk;
    private int changes;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        ApprovalFile refund = new ApprovalFile("req-1", CASE, DecisionType.REFUND, ApprovalStatus.APPROVED,
                Money.of("800.00", "CNY"), "退还运费", 1, null, "{}", "a".repeat(64), "refund-within-threshold", 1, "li.na",
                Instant.parse("2026-11-24T01:00:00Z"), Instant.parse("2026-11-24T01:30:00Z"), List.of(), List.of(), false);
        ApprovalFile elsewhere = new ApprovalFile("req-2", "C-20261124-0002", DecisionType.REFUND, ApprovalStatus.PENDING,
                null, "another case", 1, null, "{}", "c".repeat(64), "r", 1, "li.na", Instant.parse("2026-11-24T01:00:00Z"),
                null, List.of(), List.of(), false);
        desk = new InMemoryApprovalDesk(List.of(refund, elsewhere));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private CaseApprovals open(Locale locale, boolean mayRequest) {
        UI.getCurrent().setLocale(locale);
        CaseApprovals section = new CaseApprovals(desk);
        UI.getCurrent().add(section);
        section.show(WANG, CASE, ZoneId.of("Asia/Shanghai"), mayRequest, List.of("RESOLUTION", "FEEDBACK"), () -> changes++);
        return section;
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return LocatorJ._get(Select.class, spec -> spec.withId(id));
    }

    private void click() {
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("approval-request")));
    }

    @Test
    void showsTheCasesRequestsInChinese() {
        open(Locale.SIMPLIFIED_CHINESE, true);
        @SuppressWarnings("unchecked")
        Grid<ApprovalFile> grid = LocatorJ._get(Grid.class, spec -> spec.withId("case-approvals"));
        assertEquals(1, GridKt._size(grid), "only this case's requests");
        assertEquals("退款 v1", GridKt._getFormatted(grid, 0, "type"));
        assertEquals("已批准", GridKt._getFormatted(grid, 0, "status"));
        assertEquals("800.00 CNY", GridKt._getFormatted(grid, 0, "amount"));
        assertEquals("2026-11-24 09:00 · li.na", GridKt._getFormatted(grid, 0, "requested"), "in the tenant's zone");
    }

    @Test
    void aClosureIsPutToApprovalAndTheCaseIsShownAgain() {
        open(Locale.ENGLISH, true);
        select("approval-request-type").setValue(DecisionType.CLOSURE);
        LocatorJ._assertNone(BigDecimalField.class, spec -> spec.withId("approval-request-amount")); // a closure commits no money
        click();
        assertTrue(desk.requested.isEmpty(), "no subject, nothing put to approval");
        assertTrue(NotificationsKt.getNotifications().get(0).getElement().getProperty("text", "").contains("What is approved"));

        LocatorJ._get(TextField.class, spec -> spec.withId("approval-request-subject")).setValue("refunded, customer confirmed");
        click();
        assertEquals(1, desk.requested.size());
        ApprovalFile made = desk.requested.get(0);
        assertEquals(DecisionType.CLOSURE, made.type());
        assertEquals("refunded, customer confirmed", made.subject());
        assertNull(made.amount());
        assertEquals(1, changes, "the case view reloads: an approval may have moved the case");
        @SuppressWarnings("unchecked")
        Grid<ApprovalFile> grid = LocatorJ._get(Grid.class, spec -> spec.withId("case-approvals"));
        assertEquals("Waiting for signatures", GridKt._getFormatted(grid, 1, "status"));
    }

    @Test
    void aRefundCarriesItsAmountAndAnExtensionItsStage() {
        open(Locale.ENGLISH, true);
        select("approval-request-type").setValue(DecisionType.REFUND);
        LocatorJ._get(BigDecimalField.class, spec -> spec.withId("approval-request-amount")).setValue(new BigDecimal("12000.50"));
        LocatorJ._get(TextField.class, spec -> spec.withId("approval-request-currency")).setValue("cny");
        LocatorJ._get(TextField.class, spec -> spec.withId("approval-request-subject")).setValue("full refund");
        click();
        assertEquals(Money.of("12000.50", "CNY"), desk.requested.get(0).amount());

        select("approval-request-type").setValue(DecisionType.EXTENSION);
        LocatorJ._get(TextField.class, spec -> spec.withId("approval-request-subject")).setValue("customs hold");
        click();
        assertEquals(1, desk.requested.size(), "an extension without its stage is not put to approval");
        select("approval-request-stage").setValue("RESOLUTION");
        LocatorJ._get(IntegerField.class, spec -> spec.withId("approval-request-extend-by")).setValue(5);
        select("approval-request-unit").setValue(DeadlineUnit.WORKING_DAYS);
        click();
        assertEquals(2, desk.requested.size());
        assertEquals("RESOLUTION", desk.requested.get(1).extension().stage());
        assertEquals(5, desk.requested.get(1).extension().amount());
    }

    @Test
    void whoDoesNotWorkTheCaseOnlyReadsItsApprovals() {
        open(Locale.ENGLISH, false);
        LocatorJ._assertNone(Button.class, spec -> spec.withId("approval-request"));
        LocatorJ._assertOne(Grid.class, spec -> spec.withId("case-approvals"));
    }
}

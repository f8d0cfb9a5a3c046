package io.redress.core.approval;

import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Currency;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ApprovedContentTest {

    private static final String CASE = "C-20261120-0001";

    @Test
    void theCanonicalFormHasSortedKeysNoSpacesAndAmountsAsStrings() {
        ApprovedContent refund = new ApprovedContent(DecisionType.REFUND, CASE, Money.of("12000.00", "CNY"), "退款 \"full\"", 1, null);
        assertEquals("{\"amount\":\"12000.00\",\"caseNumber\":\"C-20261120-0001\",\"currency\":\"CNY\","
                + "\"subject\":\"退款 \\\"full\\\"\",\"type\":\"REFUND\",\"version\":1}", refund.canonicalJson());
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalUtf8Text() throws Exception {
        ApprovedContent plan = new ApprovedContent(DecisionType.PLAN, CASE, null, "re-ship with express courier", 2, null);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(plan.canonicalJson().getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, plan.sha256());
        assertEquals(64, plan.sha256().length());
    }

    @Test
    void theSameAmountWrittenWithMoreZerosHashesTheSame() {
        ApprovedContent typed = new ApprovedContent(DecisionType.REFUND, CASE, Money.of("12000", "CNY"), "refund", 1, null);
        ApprovedContent stored = new ApprovedContent(DecisionType.REFUND, CASE,
                new Money(new BigDecimal("12000.0000"), Currency.getInstance("CNY")), "refund", 1, null);
        assertEquals(typed.sha256(), stored.sha256());
        assertEquals("12000.125", ApprovedContent.canonical(Money.of("12000.1250", "CNY")));
        assertEquals("500", ApprovedContent.canonical(Money.of("500.00", "JPY")));
    }

    @Test
    void anyChangeToWhatIsApprovedChangesTheHash() {
        ApprovedContent base = new ApprovedContent(DecisionType.REFUND, CASE, Money.of("12000.00", "CNY"), "refund", 1, null);
        assertNotEquals(base.sha256(), new ApprovedContent(DecisionType.REFUND, CASE, Money.of("12000.01", "CNY"), "refund", 1, null).sha256());
        assertNotEquals(base.sha256(), new ApprovedContent(DecisionType.REFUND, CASE, Money.of("12000.00", "USD"), "refund", 1, null).sha256());
        assertNotEquals(base.sha256(), new ApprovedContent(DecisionType.REFUND, CASE, Money.of("12000.00", "CNY"), "refund!", 1, null).sha256());
        assertNotEquals(base.sha256(), new ApprovedContent(DecisionType.REFUND, CASE, Money.of("12000.00", "CNY"), "refund", 2, null).sha256());
        assertNotEquals(base.sha256(), new ApprovedContent(DecisionType.COMPENSATION, CASE, Money.of("12000.00", "CNY"), "refund", 1, null).sha256());
    }

    @Test
    void anExtensionSignsTheStageAndTheTimeAskedFor() {
        ApprovedContent extension = new ApprovedContent(DecisionType.EXTENSION, CASE, null, "parts late", 1,
                new ApprovedContent.Extension("RESOLUTION", 5, DeadlineUnit.WORKING_DAYS));
        assertEquals("{\"caseNumber\":\"C-20261120-0001\",\"extendAmount\":5,\"extendStage\":\"RESOLUTION\","
                + "\"extendUnit\":\"WORKING_DAYS\",\"subject\":\"parts late\",\"type\":\"EXTENSION\",\"version\":1}",
                extension.canonicalJson());
    }
}

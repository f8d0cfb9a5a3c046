package io.redress.plugins.approval.thresholds;

import static io.redress.plugin.api.ApprovalScope.HQ;
import static io.redress.plugin.api.ApprovalScope.MANAGEMENT;
import static io.redress.plugin.api.DecisionType.COMPENSATION;
import static io.redress.plugin.api.DecisionType.PLAN;
import static io.redress.plugin.api.DecisionType.REFUND;
import static io.redress.plugins.approval.thresholds.RuleJson.rule;
import static io.redress.plugins.approval.thresholds.Requests.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.plugin.api.ApprovalChain;
import io.redress.plugin.api.ApprovalMode;
import io.redress.plugin.api.ApprovalStep;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionRequest;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.PluginConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules' semantics, on rules written for each case. */
class ApprovalThresholdsTest {

    private static ApprovalThresholds policy(Map<?, ?>... rules) {
        return new ApprovalThresholdsFactory().create(PluginConfig.of(Map.of("rules", List.of(rules))));
    }

    private static String ruleOf(ApprovalThresholds policy, DecisionRequest request) {
        return policy.chainFor(request).ruleId();
    }

    @Test
    void theFirstMatchingRuleDecidesEvenWhenALaterOneFitsBetter() {
        ApprovalThresholds policy = policy(
                rule("any-refund").types("REFUND").step("SERIAL", 1, "WORKING_DAYS", "supervisor:OWN_DEPARTMENT").build(),
                rule("large-refund").types("REFUND").above("1000.00", "CNY").step("SERIAL", 1, "WORKING_DAYS", "director:OWN_DEPARTMENT").build());
        assertEquals("any-refund", ruleOf(policy, decision(REFUND, null, "5000.00 CNY")));
    }

    @Test
    void aRuleWithoutGradesTakesEveryGradeAndNone() {
        ApprovalThresholds policy = policy(rule("every-plan").types("PLAN").step("SERIAL", 1, "WORKING_DAYS", "supervisor:OWN_DEPARTMENT").build());
        for (String grade : new String[] {"GENERAL", "LEVEL_3", "anything", null}) {
            assertEquals("every-plan", ruleOf(policy, decision(PLAN, grade)), "grade " + grade);
        }
    }

    @Test
    void aRuleWithGradesTakesOnlyThoseExactly() {
        ApprovalThresholds policy = policy(rule("major-plan").types("PLAN").grades("MAJOR", "IMPORTANT")
                .step("SERIAL", 1, "WORKING_DAYS", "management:MANAGEMENT").build());
        assertEquals("major-plan", ruleOf(policy, decision(PLAN, "IMPORTANT")));
        for (String grade : new String[] {"major", "MAJOR ", "GENERAL", null}) {
            assertEquals("no-approval-needed", ruleOf(policy, decision(PLAN, grade)), "grade " + grade);
        }
    }

    @Test
    void aRuleTakesOnlyItsDecisionTypes() {
        ApprovalThresholds policy = policy(rule("money-out").types("REFUND", "COMPENSATION")
                .step("SERIAL", 1, "WORKING_DAYS", "finance:HQ").build());
        for (DecisionType type : DecisionType.values()) {
            boolean moneyOut = type == REFUND || type == COMPENSATION;
            assertEquals(moneyOut ? "money-out" : "no-approval-needed", ruleOf(policy, decision(type, null, "1.00 CNY")), type.name());
        }
    }

    @Test
    void aBandIsAboveItsLowerBoundAndAtMostItsUpper() {
        ApprovalThresholds policy = policy(rule("middle").types("REFUND").above("100.00", "CNY").atMost("200.00", "CNY")
                .step("SERIAL", 1, "WORKING_DAYS", "supervisor:OWN_DEPARTMENT").build());
        assertEquals("no-approval-needed", ruleOf(policy, decision(REFUND, null, "100.00 CNY")));
        assertEquals("middle", ruleOf(policy, decision(REFUND, null, "100.01 CNY")));
        assertEquals("middle", ruleOf(policy, decision(REFUND, null, "200.00 CNY")));
        assertEquals("no-approval-needed", ruleOf(policy, decision(REFUND, null, "200.01 CNY")));
    }

    @Test
    void aBoundInAForeignCurrencyIsComparedInThatCurrency() {
        ApprovalThresholds policy = policy(rule("over-a-thousand-dollars").types("REFUND").above("1000.00", "USD")
                .step("SERIAL", 1, "WORKING_DAYS", "director:OWN_DEPARTMENT").build());
        // 7100.00 CNY = 1000.00 USD exactly; 7100.08 CNY = 1000.011268 USD
        assertEquals("no-approval-needed", ruleOf(policy, decision(REFUND, null, "7100.00 CNY")));
        assertEquals("over-a-thousand-dollars", ruleOf(policy, decision(REFUND, null, "7100.08 CNY")));
        // EUR to USD goes through the base: 922.08 EUR × 7.70 / 7.10 = 1000.002254 USD
        assertEquals("over-a-thousand-dollars", ruleOf(policy, decision(REFUND, null, "922.08 EUR")));
    }

    @Test
    void anAmountThatCannotBeConvertedOrIsNotNamedIsAboveEveryBound() {
        ApprovalThresholds policy = policy(
                rule("small").types("REFUND").atMost("10000.00", "CNY").step("SERIAL", 1, "WORKING_DAYS", "supervisor:OWN_DEPARTMENT").build(),
                rule("band").types("REFUND").above("10000.00", "CNY").atMost("50000.00", "CNY").step("SERIAL", 1, "WORKING_DAYS", "director:OWN_DEPARTMENT").build(),
                rule("large").types("REFUND").above("50000.00", "CNY").step("SERIAL", 1, "WORKING_DAYS", "ceo:MANAGEMENT").build());
        assertEquals("large", ruleOf(policy, decision(REFUND, null, "1.00 JPY")));
        assertEquals("large", ruleOf(policy, decision(REFUND, null)));
        DecisionRequest noRates = new DecisionRequest(REFUND, Money.of("1.00", "USD"), null, null, null,
                ExchangeRates.only(Currency.getInstance("CNY")));
        assertEquals("large", ruleOf(policy, noRates));
    }

    @Test
    void noRulesNeedNoApproval() {
        ApprovalThresholds policy = policy();
        for (DecisionType type : DecisionType.values()) {
            assertEquals(ApprovalChain.none("no-approval-needed"), policy.chainFor(decision(type, "MAJOR", "1000000.00 CNY")));
        }
    }

    @ParameterizedTest
    @EnumSource(DeadlineUnit.class)
    void stepsKeepTheirModeApproversAndDeadlineInAnyUnit(DeadlineUnit unit) {
        ApprovalThresholds policy = policy(rule("board").types("PLAN")
                .step("PARALLEL_ANY", 6, unit.name(), "director:HQ", "ceo:MANAGEMENT")
                .step("SERIAL", 1, unit.name(), "ceo:MANAGEMENT").build());
        assertEquals(new ApprovalChain(List.of(
                        new ApprovalStep(List.of(new Approver("director", HQ), new Approver("ceo", MANAGEMENT)), ApprovalMode.PARALLEL_ANY, 6, unit),
                        ApprovalStep.single(new Approver("ceo", MANAGEMENT), 1, unit)), "board"),
                policy.chainFor(decision(PLAN, null)));
    }

    @Test
    void aStepKeepsWhoItEscalatesToAndWithoutItLeavesThatToThePlatform() {
        Map<String, Object> rule = rule("refund").types("REFUND").step("SERIAL", 1, "WORKING_DAYS", "supervisor:OWN_DEPARTMENT")
                .step("SERIAL", 1, "WORKING_DAYS", "director:OWN_DEPARTMENT").build();
        @SuppressWarnings("unchecked")
        Map<String, Object> second = (Map<String, Object>) ((List<Object>) rule.get("steps")).get(1);
        second.put("escalateTo", RuleJson.object("role", "ceo", "scope", "MANAGEMENT"));
        List<ApprovalStep> steps = policy(rule).chainFor(decision(REFUND, null, "10.00 CNY")).steps();
        assertEquals(null, steps.get(0).escalateTo());
        assertEquals(new Approver("ceo", MANAGEMENT), steps.get(1).escalateTo());
    }

    @Test
    void numbersAreReadAsAJsonParserGivesThem() {
        Map<String, Object> rule = rule("refund").types("REFUND").step("SERIAL", new BigDecimal("2.0"), "WORKING_DAYS", "director:HQ")
                .step("SERIAL", 3.0, "WORKING_DAYS", "ceo:MANAGEMENT").build();
        rule.put("above", Map.of("amount", new BigDecimal("10"), "currency", "CNY"));
        ApprovalChain chain = policy(rule).chainFor(decision(REFUND, null, "10.01 CNY"));
        assertEquals(List.of(2, 3), chain.steps().stream().map(ApprovalStep::deadlineAmount).toList());
    }

    @Test
    void thePolicyDoesNotFollowLaterChangesOfItsConfiguration() {
        Map<String, Object> rule = rule("refund").types("REFUND").step("SERIAL", 1, "WORKING_DAYS", "director:HQ").build();
        List<Object> rules = new ArrayList<>(List.of(rule));
        ApprovalThresholds policy = new ApprovalThresholdsFactory().create(PluginConfig.of(Map.of("rules", rules)));
        rule.put("types", List.of("PLAN"));
        rules.clear();
        assertEquals("refund", ruleOf(policy, decision(REFUND, null)));
    }
}

package io.redress.plugins.approval.thresholds;

import static io.redress.plugin.api.ApprovalScope.GENERAL_MANAGERS_OFFICE;
import static io.redress.plugin.api.ApprovalScope.HQ;
import static io.redress.plugin.api.ApprovalScope.MANAGEMENT;
import static io.redress.plugin.api.ApprovalScope.OWN_DEPARTMENT;
import static io.redress.plugin.api.ApprovalScope.REGIONAL_CENTRE;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DecisionType.CLOSURE;
import static io.redress.plugin.api.DecisionType.COMPENSATION;
import static io.redress.plugin.api.DecisionType.EXTENSION;
import static io.redress.plugin.api.DecisionType.PLAN;
import static io.redress.plugin.api.DecisionType.PURCHASE;
import static io.redress.plugin.api.DecisionType.REFUND;
import static io.redress.plugins.approval.thresholds.Requests.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.redress.plugin.api.ApprovalChain;
import io.redress.plugin.api.ApprovalMode;
import io.redress.plugin.api.ApprovalScope;
import io.redress.plugin.api.ApprovalStep;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.PluginConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyPresetsTest {

    private static final ApprovalThresholdsFactory FACTORY = new ApprovalThresholdsFactory();

    private static ApprovalThresholds policy(List<Map<String, Object>> rules) {
        PluginConfig config = PluginConfig.of(Map.of("rules", rules));
        assertEquals(List.of(), FACTORY.validate(config), "errors of the preset");
        return FACTORY.create(config);
    }

    private static ApprovalStep serial(String role, ApprovalScope scope, int workingDays) {
        return ApprovalStep.single(new Approver(role, scope), workingDays, WORKING_DAYS);
    }

    private static ApprovalChain chain(String ruleId, ApprovalStep... steps) {
        return new ApprovalChain(List.of(steps), ruleId);
    }

    private static final ApprovalChain NONE = ApprovalChain.none("no-approval-needed");

    @Nested
    class PolicyA {

        private final ApprovalThresholds policy = policy(PolicyPresets.policyA());

        private final ApprovalChain director = chain("refund-above-threshold", serial("director", OWN_DEPARTMENT, 2));
        private final ApprovalChain supervisor = chain("refund-within-threshold", serial("supervisor", OWN_DEPARTMENT, 1));

        @Test
        void aRefundOfTenThousandYuanIsTheSupervisorsAndOneFenMoreTheDirectors() {
            assertEquals(supervisor, policy.chainFor(decision(REFUND, "STANDARD", "10000.00 CNY")));
            assertEquals(director, policy.chainFor(decision(REFUND, "STANDARD", "10000.01 CNY")));
        }

        @Test
        void aRefundInDollarsIsWeighedInYuan() {
            // 1408.45 USD × 7.10 = 9999.9950 CNY, 1408.46 USD × 7.10 = 10000.0660 CNY
            assertEquals(supervisor, policy.chainFor(decision(REFUND, "STANDARD", "1408.45 USD")));
            assertEquals(director, policy.chainFor(decision(REFUND, "STANDARD", "1408.46 USD")));
            // 1298.70 EUR × 7.70 = 9999.99 CNY
            assertEquals(supervisor, policy.chainFor(decision(REFUND, "STANDARD", "1298.70 EUR")));
        }

        @Test
        void aSmallRefundStillNeedsTheSupervisor() {
            assertEquals(supervisor, policy.chainFor(decision(REFUND, "STANDARD", "0.00 CNY")));
            assertEquals(supervisor, policy.chainFor(decision(REFUND, null, "12.50 CNY")));
        }

        @Test
        void aRefundOfUnknownSizeGoesToTheDirector() {
            assertEquals(director, policy.chainFor(decision(REFUND, "STANDARD")));
            assertEquals(director, policy.chainFor(decision(REFUND, "STANDARD", "5.00 JPY")));
        }

        @Test
        void aPurchaseIsSignedByTheDepartmentHeadThenFinanceThenTheCeo() {
            ApprovalChain chain = policy.chainFor(decision(PURCHASE, "STANDARD", "250000.00 CNY"));
            assertEquals(chain("purchase-chain",
                    serial("department-head", OWN_DEPARTMENT, 1),
                    serial("finance", HQ, 1),
                    serial("ceo", MANAGEMENT, 1)), chain);
            assertEquals(3, chain.steps().stream().mapToInt(ApprovalStep::deadlineAmount).sum(), "working days of the whole chain");
            assertEquals(chain, policy.chainFor(decision(PURCHASE, null)), "whatever the amount");
        }

        @Test
        void aPlanIsTheSupervisorsAndAClosureTheDirectors() {
            assertEquals(chain("plan-by-supervisor", serial("supervisor", OWN_DEPARTMENT, 1)), policy.chainFor(decision(PLAN, "STANDARD")));
            assertEquals(chain("closure-by-director", serial("director", OWN_DEPARTMENT, 1)), policy.chainFor(decision(CLOSURE, null)));
        }

        @ParameterizedTest
        @EnumSource(value = DecisionType.class, names = {"COMPENSATION", "EXTENSION"})
        void routineDecisionsNeedNoApproval(DecisionType type) {
            assertEquals(NONE, policy.chainFor(decision(type, "STANDARD", "99999.00 CNY")));
        }
    }

    @Nested
    class PolicyB {

        private final ApprovalThresholds policy = policy(PolicyPresets.policyB());

        @Test
        void theLeadershipGroupApprovesALevel3PlanTogether() {
            ApprovalStep group = new ApprovalStep(List.of(new Approver("leadership-group-head", HQ), new Approver("director", HQ)),
                    ApprovalMode.PARALLEL_ALL, 1, WORKING_DAYS);
            assertEquals(chain("level3-plan-by-leadership-group", group), policy.chainFor(decision(PLAN, "LEVEL_3")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"LEVEL_1", "LEVEL_2"})
        void aMilderPlanNeedsNoApproval(String grade) {
            assertEquals(NONE, policy.chainFor(decision(PLAN, grade)));
        }

        @Test
        void theDepartmentHeadApprovesALevel2Extension() {
            assertEquals(chain("level2-extension-by-department-head", serial("department-head", OWN_DEPARTMENT, 1)),
                    policy.chainFor(decision(EXTENSION, "LEVEL_2")));
            assertEquals(NONE, policy.chainFor(decision(EXTENSION, "LEVEL_1")));
            assertEquals(NONE, policy.chainFor(decision(EXTENSION, null)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"LEVEL_1", "LEVEL_2", "LEVEL_3"})
        void aSupervisorApprovesEveryCompensation(String grade) {
            ApprovalChain supervisor = chain("compensation-by-supervisor", serial("supervisor", OWN_DEPARTMENT, 1));
            assertEquals(supervisor, policy.chainFor(decision(COMPENSATION, grade, "50.00 CNY")));
            assertEquals(supervisor, policy.chainFor(decision(COMPENSATION, null)));
        }
    }

    @Nested
    class PolicyC {

        private final ApprovalThresholds policy = policy(PolicyPresets.policyC());

        private final ApprovalChain generalManagersOffice = chain("major-compensation-above-threshold",
                serial("management", MANAGEMENT, 2), serial("general-manager", GENERAL_MANAGERS_OFFICE, 2));

        @Test
        void isTheDefault() {
            assertEquals(PolicyPresets.policyC(), FACTORY.configSchema().defaults().values().get("rules"));
        }

        @Test
        void theRegionalCentreHeadApprovesAnImportantPlan() {
            assertEquals(chain("important-plan-by-regional-centre", serial("regional-centre-head", REGIONAL_CENTRE, 3)),
                    policy.chainFor(decision(PLAN, "IMPORTANT")));
        }

        @Test
        void managementApprovesAMajorPlan() {
            assertEquals(chain("major-plan-by-management", serial("management", MANAGEMENT, 2)), policy.chainFor(decision(PLAN, "MAJOR")));
        }

        @Test
        void aLargeCompensationGoesOnFromManagementToTheGeneralManagersOffice() {
            assertEquals(generalManagersOffice, policy.chainFor(decision(COMPENSATION, "MAJOR", "100000.01 CNY")));
            // 14084.51 USD × 7.10 = 100000.0210 CNY
            assertEquals(generalManagersOffice, policy.chainFor(decision(COMPENSATION, "MAJOR", "14084.51 USD")));
            assertEquals(generalManagersOffice, policy.chainFor(decision(COMPENSATION, "MAJOR", "2000000.00 JPY")));
            assertEquals(generalManagersOffice, policy.chainFor(decision(COMPENSATION, "MAJOR")));
        }

        @Test
        void aSmallerCompensationIsPartOfThePlanAndNeedsNoApprovalOfItsOwn() {
            assertEquals(NONE, policy.chainFor(decision(COMPENSATION, "MAJOR", "100000.00 CNY")));
            assertEquals(NONE, policy.chainFor(decision(COMPENSATION, "MAJOR", "14084.50 USD")));
            assertEquals(NONE, policy.chainFor(decision(COMPENSATION, "IMPORTANT", "500000.00 CNY")));
        }

        @Test
        void managementApprovesExtendingAMajorComplaint() {
            assertEquals(chain("major-extension-by-management", serial("management", MANAGEMENT, 1)),
                    policy.chainFor(decision(EXTENSION, "MAJOR")));
            assertEquals(NONE, policy.chainFor(decision(EXTENSION, "IMPORTANT")));
        }

        @Test
        void aGeneralPlanNeedsNoApprovalByAnExplicitRule() {
            ApprovalChain chain = policy.chainFor(decision(PLAN, "GENERAL"));
            assertEquals(ApprovalChain.none("general-plan-needs-no-approval"), chain);
            assertFalse(chain.needsApproval());
        }

        @Test
        void aPlanOfAnUngradedComplaintMatchesNoGradeRule() {
            assertEquals(NONE, policy.chainFor(decision(PLAN, null)));
        }
    }
}

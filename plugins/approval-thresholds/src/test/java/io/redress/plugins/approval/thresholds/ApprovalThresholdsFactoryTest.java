package io.redress.plugins.approval.thresholds;

import static io.redress.plugins.approval.thresholds.RuleJson.money;
import static io.redress.plugins.approval.thresholds.RuleJson.object;
import static io.redress.plugins.approval.thresholds.RuleJson.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApprovalThresholdsFactoryTest {

    private final ApprovalThresholdsFactory factory = new ApprovalThresholdsFactory();

    private Set<String> errorFields(Object rules) {
        return factory.validate(PluginConfig.of(Map.of("rules", rules))).stream().map(FieldError::field)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The error fields of a sound rule after {@code breakIt} has changed it, as the third rule of three. */
    private Set<String> errorsOfThirdRule(Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> rule = sound("third");
        breakIt.accept(rule);
        return errorFields(List.of(sound("first"), sound("second"), rule));
    }

    private static Map<String, Object> sound(String id) {
        return rule(id).types("REFUND").grades("MAJOR").above("10000.00", "CNY")
                .step("SERIAL", 2, "WORKING_DAYS", "director:OWN_DEPARTMENT").build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstStep(Map<String, Object> rule) {
        return (Map<String, Object>) ((List<Object>) rule.get("steps")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstApprover(Map<String, Object> rule) {
        return (Map<String, Object>) ((List<Object>) firstStep(rule).get("approvers")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deadline(Map<String, Object> rule) {
        return (Map<String, Object>) firstStep(rule).get("deadline");
    }

    @Test
    void idVersionKindAndName() {
        assertEquals("approval-thresholds", factory.id());
        assertEquals("1.0.0", factory.version());
        assertEquals(PluginKind.APPROVAL_CHAIN, factory.kind());
        assertEquals("金额与等级审批", factory.name().in(Locale.CHINA));
        assertEquals("Approval by amount and grade", factory.name().in(Locale.ENGLISH));
    }

    @Test
    void oneSettingOfRulesDefaultingToPolicyC() {
        List<ConfigField> fields = factory.configSchema().fields();
        assertEquals(List.of("rules"), fields.stream().map(ConfigField::key).toList());
        assertEquals(ConfigType.OBJECT_LIST, fields.get(0).type());
        assertEquals(PolicyPresets.policyC(), fields.get(0).defaultValue());
    }

    @Nested
    class Validation {

        @Test
        void everyPresetAndNoRulesAreValid() {
            assertEquals(Set.of(), errorFields(PolicyPresets.policyA()));
            assertEquals(Set.of(), errorFields(PolicyPresets.policyB()));
            assertEquals(Set.of(), errorFields(PolicyPresets.policyC()));
            assertEquals(Set.of(), errorFields(List.of()));
            assertEquals(List.of(), factory.validate(PluginConfig.of(Map.of())));
        }

        @Test
        void theSettingMustBeAListOfObjects() {
            assertEquals(Set.of("rules"), errorFields("refund needs the director"));
            assertEquals(Set.of("rules"), errorFields(sound("refund")));
            assertEquals(Set.of("rules[1]"), errorFields(List.of(sound("refund"), "and purchases the CEO")));
            assertEquals(Set.of("rules[0]"), errorFields(List.of(List.of(sound("refund")))));
        }

        @Test
        void anUnknownSettingIsNamed() {
            assertEquals(Set.of("rule"), new TreeSet<>(factory.validate(PluginConfig.of(Map.of("rule", List.of())))
                    .stream().map(FieldError::field).toList()));
        }

        @Test
        void ruleIds() {
            assertEquals(Set.of("rules[2].id"), errorsOfThirdRule(r -> r.remove("id")));
            assertEquals(Set.of("rules[2].id"), errorsOfThirdRule(r -> r.put("id", "Refund_Above")));
            assertEquals(Set.of("rules[2].id"), errorsOfThirdRule(r -> r.put("id", "")));
            assertEquals(Set.of("rules[2].id"), errorsOfThirdRule(r -> r.put("id", 7)));
            assertEquals(Set.of("rules[2].id"), errorsOfThirdRule(r -> r.put("id", "no-approval-needed")));
            assertEquals(Set.of("rules[2].id"), errorsOfThirdRule(r -> r.put("id", "first")));
        }

        @Test
        void aDuplicateIdIsReportedWhereItRepeats() {
            List<FieldError> errors = factory.validate(PluginConfig.of(Map.of("rules",
                    List.of(sound("refund"), sound("other"), sound("refund")))));
            assertEquals(List.of(new FieldError("rules[2].id", "repeats the id of rules[0]")), errors);
        }

        @Test
        void anUnknownKeyOfARuleIsNamed() {
            assertEquals(Set.of("rules[2].type"), errorsOfThirdRule(r -> r.put("type", "REFUND")));
            assertEquals(Set.of("rules[2].atLeast"), errorsOfThirdRule(r -> r.put("atLeast", money("1.00", "CNY"))));
        }

        @Test
        void decisionTypes() {
            assertEquals(Set.of("rules[2].types"), errorsOfThirdRule(r -> r.remove("types")));
            assertEquals(Set.of("rules[2].types"), errorsOfThirdRule(r -> r.put("types", List.of())));
            assertEquals(Set.of("rules[2].types"), errorsOfThirdRule(r -> r.put("types", "REFUND")));
            assertEquals(Set.of("rules[2].types[1]"), errorsOfThirdRule(r -> r.put("types", List.of("REFUND", "REFUNDS"))));
            assertEquals(Set.of("rules[2].types[0]"), errorsOfThirdRule(r -> r.put("types", List.of("refund"))));
        }

        @Test
        void grades() {
            assertEquals(Set.of(), errorsOfThirdRule(r -> r.remove("grades")));
            assertEquals(Set.of(), errorsOfThirdRule(r -> r.put("grades", List.of())));
            assertEquals(Set.of("rules[2].grades"), errorsOfThirdRule(r -> r.put("grades", "MAJOR")));
            assertEquals(Set.of("rules[2].grades[1]"), errorsOfThirdRule(r -> r.put("grades", List.of("MAJOR", " "))));
            assertEquals(Set.of("rules[2].grades[0]"), errorsOfThirdRule(r -> r.put("grades", List.of(3))));
        }

        @Test
        void amountBounds() {
            assertEquals(Set.of("rules[2].above"), errorsOfThirdRule(r -> r.put("above", "10000.00 CNY")));
            assertEquals(Set.of("rules[2].above.amount"), errorsOfThirdRule(r -> r.put("above", money("ten thousand", "CNY"))));
            assertEquals(Set.of("rules[2].above.amount"), errorsOfThirdRule(r -> r.put("above", money("-1.00", "CNY"))));
            assertEquals(Set.of("rules[2].above.amount"), errorsOfThirdRule(r -> r.put("above", object("currency", "CNY"))));
            assertEquals(Set.of("rules[2].above.currency"), errorsOfThirdRule(r -> r.put("above", money("1.00", "cny"))));
            assertEquals(Set.of("rules[2].atMost.currency"), errorsOfThirdRule(r -> r.put("atMost", money("99999.00", "XYZ"))));
            assertEquals(Set.of("rules[2].atMost.cents"), errorsOfThirdRule(r -> r.put("atMost", object("amount", "99999.00", "currency", "CNY", "cents", 5))));
        }

        @Test
        void aBandMustBeWideEnoughToMatchAnything() {
            assertEquals(Set.of(), errorsOfThirdRule(r -> r.put("atMost", money("10000.01", "CNY"))));
            assertEquals(Set.of("rules[2].atMost"), errorsOfThirdRule(r -> r.put("atMost", money("10000.00", "CNY"))));
            assertEquals(Set.of("rules[2].atMost"), errorsOfThirdRule(r -> r.put("atMost", money("500.00", "CNY"))));
            // in different currencies only the rates of the day could tell, so the band is taken as written
            assertEquals(Set.of(), errorsOfThirdRule(r -> r.put("atMost", money("500.00", "USD"))));
        }

        @Test
        void stepsAreRequiredButMayBeExplicitlyNone() {
            assertEquals(Set.of(), errorsOfThirdRule(r -> r.put("steps", List.of())));
            assertEquals(Set.of("rules[2].steps"), errorsOfThirdRule(r -> r.remove("steps")));
            assertEquals(Set.of("rules[2].steps"), errorsOfThirdRule(r -> r.put("steps", "director")));
            assertEquals(Set.of("rules[2].steps[0]"), errorsOfThirdRule(r -> r.put("steps", List.of("director"))));
            assertEquals(Set.of("rules[2].steps[0].approver"), errorsOfThirdRule(r -> firstStep(r).put("approver", List.of())));
        }

        @Test
        void approvers() {
            assertEquals(Set.of("rules[2].steps[0].approvers[0].role"), errorsOfThirdRule(r -> firstApprover(r).put("role", "Director")));
            assertEquals(Set.of("rules[2].steps[0].approvers[0].role"), errorsOfThirdRule(r -> firstApprover(r).put("role", "department head")));
            assertEquals(Set.of("rules[2].steps[0].approvers[0].role"), errorsOfThirdRule(r -> firstApprover(r).put("role", "-director")));
            assertEquals(Set.of("rules[2].steps[0].approvers[0].role"), errorsOfThirdRule(r -> firstApprover(r).remove("role")));
            assertEquals(Set.of("rules[2].steps[0].approvers[0].scope"), errorsOfThirdRule(r -> firstApprover(r).put("scope", "CEO_OFFICE")));
            assertEquals(Set.of("rules[2].steps[0].approvers[0].scope"), errorsOfThirdRule(r -> firstApprover(r).remove("scope")));
            assertEquals(Set.of("rules[2].steps[0].approvers[0].name"), errorsOfThirdRule(r -> firstApprover(r).put("name", "Zhang Min")));
            assertEquals(Set.of("rules[2].steps[0].approvers[0]"), errorsOfThirdRule(r -> firstStep(r).put("approvers", List.of("director"))));
            assertEquals(Set.of("rules[2].steps[0].approvers"), errorsOfThirdRule(r -> firstStep(r).put("approvers", "director")));
            assertEquals(Set.of("rules[2].steps[0].approvers"), errorsOfThirdRule(r -> firstStep(r).remove("approvers")));
        }

        @Test
        void rolesAreLowerCaseWordsJoinedByHyphens() {
            for (String role : List.of("director", "ceo", "department-head", "leadership-group-head", "level2-lead")) {
                assertEquals(Set.of(), errorsOfThirdRule(r -> firstApprover(r).put("role", role)), role);
            }
            for (String role : List.of("Director", "department_head", "department--head", "head-", "2nd-line", "x".repeat(64))) {
                assertEquals(Set.of("rules[2].steps[0].approvers[0].role"), errorsOfThirdRule(r -> firstApprover(r).put("role", role)), role);
            }
        }

        @Test
        void theModeDecidesHowManyApproversAStepHas() {
            Map<String, Object> director = object("role", "director", "scope", "HQ");
            Map<String, Object> ceo = object("role", "ceo", "scope", "MANAGEMENT");
            assertEquals(Set.of("rules[2].steps[0].mode"), errorsOfThirdRule(r -> firstStep(r).remove("mode")));
            assertEquals(Set.of("rules[2].steps[0].mode"), errorsOfThirdRule(r -> firstStep(r).put("mode", "SEQUENTIAL")));
            assertEquals(Set.of("rules[2].steps[0].approvers"), errorsOfThirdRule(r -> firstStep(r).put("approvers", List.of(director, ceo))));
            assertEquals(Set.of("rules[2].steps[0].approvers"), errorsOfThirdRule(r -> firstStep(r).put("approvers", List.of())));
            assertEquals(Set.of("rules[2].steps[0].approvers"), errorsOfThirdRule(r -> firstStep(r).put("mode", "PARALLEL_ANY")));
            assertEquals(Set.of(), errorsOfThirdRule(r -> {
                firstStep(r).put("mode", "PARALLEL_ALL");
                firstStep(r).put("approvers", List.of(director, ceo));
            }));
            assertEquals(Set.of("rules[2].steps[0].approvers[1]"), errorsOfThirdRule(r -> {
                firstStep(r).put("mode", "PARALLEL_ALL");
                firstStep(r).put("approvers", List.of(director, object("role", "director", "scope", "HQ")));
            }));
            // the same role in two places is two approvers
            assertEquals(Set.of(), errorsOfThirdRule(r -> {
                firstStep(r).put("mode", "PARALLEL_ANY");
                firstStep(r).put("approvers", List.of(director, object("role", "director", "scope", "OWN_DEPARTMENT")));
            }));
        }

        @Test
        void aStepMayNameWhoItEscalatesTo() {
            assertEquals(Set.of(), errorsOfThirdRule(r -> firstStep(r).put("escalateTo", object("role", "ceo", "scope", "MANAGEMENT"))));
            assertEquals(Set.of("rules[2].steps[0].escalateTo"),
                    errorsOfThirdRule(r -> firstStep(r).put("escalateTo", object("role", "director", "scope", "OWN_DEPARTMENT"))),
                    "not to someone the step asks already");
            assertEquals(Set.of("rules[2].steps[0].escalateTo"), errorsOfThirdRule(r -> firstStep(r).put("escalateTo", "ceo")));
            assertEquals(Set.of("rules[2].steps[0].escalateTo.scope"),
                    errorsOfThirdRule(r -> firstStep(r).put("escalateTo", object("role", "ceo", "scope", "BOARD"))));
            assertEquals(Set.of("rules[2].steps[0].escalateTo.role"),
                    errorsOfThirdRule(r -> firstStep(r).put("escalateTo", object("role", "The CEO", "scope", "MANAGEMENT"))));
        }

        @Test
        void deadlines() {
            assertEquals(Set.of("rules[2].steps[0].deadline"), errorsOfThirdRule(r -> firstStep(r).remove("deadline")));
            assertEquals(Set.of("rules[2].steps[0].deadline"), errorsOfThirdRule(r -> firstStep(r).put("deadline", "2 WORKING_DAYS")));
            assertEquals(Set.of("rules[2].steps[0].deadline.amount"), errorsOfThirdRule(r -> deadline(r).put("amount", 0)));
            assertEquals(Set.of("rules[2].steps[0].deadline.amount"), errorsOfThirdRule(r -> deadline(r).put("amount", 1001L)));
            assertEquals(Set.of("rules[2].steps[0].deadline.amount"), errorsOfThirdRule(r -> deadline(r).put("amount", 1.5)));
            assertEquals(Set.of("rules[2].steps[0].deadline.amount"), errorsOfThirdRule(r -> deadline(r).put("amount", "2")));
            assertEquals(Set.of("rules[2].steps[0].deadline.amount"), errorsOfThirdRule(r -> deadline(r).remove("amount")));
            assertEquals(Set.of("rules[2].steps[0].deadline.unit"), errorsOfThirdRule(r -> deadline(r).put("unit", "WEEKS")));
            assertEquals(Set.of("rules[2].steps[0].deadline.unit"), errorsOfThirdRule(r -> deadline(r).remove("unit")));
            assertEquals(Set.of("rules[2].steps[0].deadline.within"), errorsOfThirdRule(r -> deadline(r).put("within", true)));
            assertEquals(Set.of(), errorsOfThirdRule(r -> deadline(r).put("amount", 1000)));
        }

        @Test
        void everyFaultIsReportedAtOnceEachByItsPath() {
            Map<String, Object> first = sound("refund");
            first.put("types", List.of("REFUNDS"));
            Map<String, Object> second = sound("refund");
            firstApprover(second).put("scope", "BOARD");
            deadline(second).put("unit", "FORTNIGHTS");
            assertEquals(new TreeSet<>(Arrays.asList("rules[0].types[0]", "rules[1].id", "rules[1].steps[0].approvers[0].scope",
                    "rules[1].steps[0].deadline.unit")), errorFields(new ArrayList<>(List.of(first, second))));
        }

        @Test
        void everyMessageSaysWhatIsExpected() {
            List<FieldError> errors = factory.validate(PluginConfig.of(Map.of("rules", List.of(
                    rule("refund").types("REFUND").step("SERIAL", 1, "WORKING_DAYS", "Director:OWN_DEPARTMENT").build()))));
            assertEquals(List.of(new FieldError("rules[0].steps[0].approvers[0].role",
                    "must be lower-case words joined by hyphens, e.g. director")), errors);
        }
    }

    @Test
    void anInvalidConfigurationIsRefused() {
        Map<String, Object> rule = sound("refund");
        firstStep(rule).put("mode", "ONE_BY_ONE");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> factory.create(PluginConfig.of(Map.of("rules", List.of(rule)))));
        assertTrue(e.getMessage().contains("rules[0].steps[0].mode"), e.getMessage());
    }
}

package io.redress.plugin.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.ApprovalChain;
import io.redress.plugin.api.ApprovalChainFactory;
import io.redress.plugin.api.ApprovalChainPolicy;
import io.redress.plugin.api.ApprovalMode;
import io.redress.plugin.api.ApprovalStep;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.DecisionRequest;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of an approval-chain policy on top of {@link PluginContractTest}: {@link ApprovalChainPolicy#chainFor}
 * answers every request with a well-formed chain that names its rule, and answers it alike each time, checked by
 * jqwik over arbitrary requests for every sample configuration.
 *
 * <p>A subclass also names the grade codes its configurations speak of, so that requests reach the rules that
 * depend on a grade; the requests also come without a grade and with a grade no scheme gives. The module's
 * {@code junit-platform.properties} must set {@code jqwik.database = target/.jqwik-database} (see
 * {@link PluginContractTest}).
 */
public abstract class ApprovalChainContractTest extends PluginContractTest<ApprovalChainPolicy> {

    /** The rates of the grading contract: base CNY, 1 USD = 7.10 CNY, 1 EUR = 7.70 CNY; no rate for JPY. */
    public static final ExchangeRates RATES = GradingSchemeContractTest.RATES;

    /** A grade code no scheme gives, which a policy must take in its stride like any other. */
    public static final String UNKNOWN_GRADE = "NO_SUCH_GRADE";

    @Override
    protected abstract ApprovalChainFactory factory();

    /** The grade codes the plugin's rules may name, e.g. those of the grading schemes it is meant to work with. */
    protected abstract List<String> gradeCodes();

    /**
     * Any request the platform can make: every decision type; no amount, or up to a billion in CNY, USD, EUR or JPY
     * (JPY has no rate in {@link #RATES}, so an unconvertible amount comes up too); one of {@code grades}, none or
     * {@link #UNKNOWN_GRADE}; any short department and region or none. Public so that a module's own properties can
     * draw from the same requests.
     */
    public static Arbitrary<DecisionRequest> decisionRequests(List<String> grades) {
        Arbitrary<Money> amount = Combinators.combine(
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(2),
                        Arbitraries.of("CNY", "USD", "EUR", "JPY"))
                .as((value, code) -> new Money(value, Currency.getInstance(code)))
                .injectNull(0.2);
        List<String> codes = new ArrayList<>(grades);
        codes.add(UNKNOWN_GRADE);
        return Combinators.combine(
                        Arbitraries.of(DecisionType.class),
                        amount,
                        Arbitraries.of(codes).injectNull(0.2),
                        Arbitraries.strings().ofMaxLength(12).injectNull(0.3),
                        Arbitraries.strings().ofMaxLength(12).injectNull(0.3))
                .as((type, money, grade, department, region) ->
                        new DecisionRequest(type, money, grade, department, region, RATES));
    }

    @Provide
    public final Arbitrary<DecisionRequest> anyDecisionRequest() {
        return decisionRequests(gradeCodes());
    }

    @Provide
    public final Arbitrary<String> sampleConfigurationName() {
        return Arbitraries.of(List.copyOf(sampleConfigs().keySet()));
    }

    @Property(tries = 500)
    public final void chainsAreTotalWellFormedAndDeterministic(@ForAll("anyDecisionRequest") DecisionRequest request,
                                                              @ForAll("sampleConfigurationName") String configuration) {
        PluginConfig config = sampleConfigs().get(configuration);
        ApprovalChainPolicy policy = factory().create(config);
        ApprovalChain chain = policy.chainFor(request);
        assertWellFormed(chain);
        assertEquals(chain, policy.chainFor(request), "the same request asked again");
        assertEquals(chain, policy.chainFor(copyOf(request)), "an equal copy of the request");
        assertEquals(chain, factory().create(config).chainFor(request), "a second policy of the same configuration");
    }

    private static DecisionRequest copyOf(DecisionRequest r) {
        Money amount = r.amount() == null ? null : new Money(new BigDecimal(r.amount().amount().toString()), r.amount().currency());
        return new DecisionRequest(r.type(), amount, copyOf(r.gradeCode()), copyOf(r.department()), copyOf(r.region()),
                new ExchangeRates(r.exchangeRates().base(), new HashMap<>(r.exchangeRates().rates())));
    }

    // a new String, so that a policy comparing codes with == is caught
    private static String copyOf(String s) {
        return s == null ? null : new String(s.toCharArray());
    }

    @Test
    public final void kindIsApprovalChain() {
        assertEquals(PluginKind.APPROVAL_CHAIN, factory().kind());
    }

    /** The landmark requests one by one, so that a fault is reported with the request that shows it. */
    @TestFactory
    public final Stream<DynamicTest> everyLandmarkRequestGetsAWellFormedChain() {
        ApprovalChainFactory factory = factory();
        return sampleConfigs().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            ApprovalChainPolicy policy = factory.create(e.getValue());
            for (DecisionRequest request : landmarkRequests()) {
                try {
                    assertWellFormed(policy.chainFor(request));
                } catch (RuntimeException | AssertionError fault) {
                    throw new AssertionError("request " + request + ": " + fault, fault);
                }
            }
        }));
    }

    /** The same chains for requests of every decision type, grade and currency, at the amounts thresholds sit at. */
    @Override
    protected final void assertDecideAlike(ApprovalChainPolicy first, ApprovalChainPolicy second) {
        for (DecisionRequest request : landmarkRequests()) {
            assertEquals(first.chainFor(request), second.chainFor(request), () -> "chain of " + request);
        }
    }

    /**
     * What every chain must be, whatever the plugin: it names its rule, and each step has approvers with a role,
     * as many as its mode takes, and a deadline that can run. The API's records refuse most of this already; the
     * contract says it again so that no loosening of them can let a broken chain through.
     */
    public static void assertWellFormed(ApprovalChain chain) {
        assertNotNull(chain, "chain");
        assertNotNull(chain.ruleId(), "rule id");
        assertFalse(chain.ruleId().isBlank(), () -> chain + " names no rule");
        assertNotNull(chain.steps(), "steps");
        for (ApprovalStep step : chain.steps()) {
            assertNotNull(step, () -> chain + " has a null step");
            assertNotNull(step.mode(), "mode");
            assertNotNull(step.deadlineUnit(), "deadline unit");
            assertTrue(step.deadlineAmount() > 0, () -> step + " has no time to run");
            if (step.mode() == ApprovalMode.SERIAL) {
                assertEquals(1, step.approvers().size(), () -> "approvers of the SERIAL step " + step);
            } else {
                assertTrue(step.approvers().size() >= 2, () -> "the " + step.mode() + " step " + step + " has fewer than two approvers");
            }
            assertEquals(step.approvers().size(), new HashSet<>(step.approvers()).size(), () -> step + " names an approver twice");
            for (Approver approver : step.approvers()) {
                assertNotNull(approver.scope(), "scope");
                assertFalse(approver.role().isBlank(), () -> step + " has an approver without a role");
            }
        }
    }

    private List<DecisionRequest> landmarkRequests() {
        List<String> grades = new ArrayList<>(gradeCodes());
        grades.add(UNKNOWN_GRADE);
        grades.add(null);
        List<Money> amounts = new ArrayList<>();
        amounts.add(null);
        for (String amount : List.of("0.00 CNY", "0.01 CNY", "10000.00 CNY", "10000.01 CNY", "100000.00 CNY",
                "100000.01 CNY", "1408.45 USD", "1408.46 USD", "1298.70 EUR", "1298.71 EUR", "5.00 JPY",
                "999999999.99 JPY")) {
            String[] parts = amount.split(" ");
            amounts.add(Money.of(parts[0], parts[1]));
        }
        List<DecisionRequest> requests = new ArrayList<>();
        for (DecisionType type : DecisionType.values()) {
            for (String grade : grades) {
                for (Money amount : amounts) {
                    requests.add(new DecisionRequest(type, amount, grade, null, null, RATES));
                }
            }
            requests.add(new DecisionRequest(type, Money.of("20000.00", "CNY"), null, "COMPLAINTS", "EUROPE", RATES));
            requests.add(new DecisionRequest(type, Money.of("20000.00", "USD"), null, "", "", ExchangeRates.only(Currency.getInstance("USD"))));
        }
        return requests;
    }
}

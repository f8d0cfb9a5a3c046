package io.redress.plugin.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.GradingSchemeFactory;
import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginKind;
import io.redress.plugin.api.RiskFlag;
import io.redress.plugin.api.StagePlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * The contract of a grading scheme on top of {@link PluginContractTest}: its grades can be listed and ranked, each
 * has a plan whose clocks can all start, and {@link GradingScheme#grade} keeps its promise to be total and
 * deterministic, checked by jqwik over arbitrary facts for every sample configuration.
 *
 * <p>jqwik runs the property declared here once for each concrete subclass, like JUnit runs the inherited tests;
 * the module's {@code junit-platform.properties} must set {@code jqwik.database = target/.jqwik-database} (see
 * {@link PluginContractTest}).
 */
public abstract class GradingSchemeContractTest extends PluginContractTest<GradingScheme> {

    /** The tenant rates of the policies' examples: base CNY, 1 USD = 7.10 CNY, 1 EUR = 7.70 CNY; no rate for JPY. */
    public static final ExchangeRates RATES = new ExchangeRates(Currency.getInstance("CNY"), Map.of(
            Currency.getInstance("USD"), new BigDecimal("7.10"),
            Currency.getInstance("EUR"), new BigDecimal("7.70")));

    @Override
    protected abstract GradingSchemeFactory factory();

    /**
     * Any facts intake can produce: every channel, 1 to 10,000 complainants, no loss or a loss of up to a billion in
     * CNY, USD, EUR or JPY (JPY has no rate in {@link #RATES}, so that an unconvertible loss comes up too), impact and
     * emotion judged or not, any set of flags and any short category. Public so that a module's own properties can
     * draw from the same facts.
     */
    public static Arbitrary<ComplaintFacts> complaintFacts() {
        Arbitrary<Money> loss = Combinators.combine(
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(2),
                        Arbitraries.of("CNY", "USD", "EUR", "JPY"))
                .as((amount, code) -> new Money(amount, Currency.getInstance(code)))
                .injectNull(0.2);
        return Combinators.combine(
                        Arbitraries.of(Channel.class),
                        Arbitraries.integers().between(1, 10_000),
                        loss,
                        Arbitraries.of(Impact.class).injectNull(0.25),
                        Arbitraries.of(Emotion.class).injectNull(0.25),
                        Arbitraries.of(RiskFlag.class).set().ofMaxSize(RiskFlag.values().length),
                        Arbitraries.strings().ofMaxLength(16).injectNull(0.3))
                .as((channel, count, money, impact, emotion, flags, category) ->
                        new ComplaintFacts(channel, count, money, impact, emotion, flags, category, RATES));
    }

    @Provide
    public final Arbitrary<ComplaintFacts> anyComplaintFacts() {
        return complaintFacts();
    }

    @Provide
    public final Arbitrary<String> sampleConfigurationName() {
        return Arbitraries.of(List.copyOf(sampleConfigs().keySet()));
    }

    @Property(tries = 500)
    public final void gradingIsTotalKnownAndDeterministic(@ForAll("anyComplaintFacts") ComplaintFacts facts,
                                                         @ForAll("sampleConfigurationName") String configuration) {
        PluginConfig config = sampleConfigs().get(configuration);
        GradingScheme scheme = factory().create(config);
        GradeDecision decision = scheme.grade(facts);
        assertNotNull(decision, "decision");
        assertTrue(codes(scheme).contains(decision.gradeCode()),
                () -> decision + " gives a grade that is not one of " + codes(scheme));
        assertFalse(decision.ruleId().isBlank(), () -> decision + " names no rule");
        assertEquals(decision, scheme.grade(facts), "the same facts graded again");
        assertEquals(decision, scheme.grade(copyOf(facts)), "an equal copy of the facts");
        assertEquals(decision, factory().create(config).grade(facts), "a second scheme of the same configuration");
    }

    private static ComplaintFacts copyOf(ComplaintFacts facts) {
        return new ComplaintFacts(facts.channel(), facts.complainantCount(), facts.claimedLoss(), facts.impact(),
                facts.emotion(), new HashSet<>(facts.flags()), facts.category(), facts.exchangeRates());
    }

    @Test
    public final void kindIsGradingScheme() {
        assertEquals(PluginKind.GRADING_SCHEME, factory().kind());
    }

    @TestFactory
    public final Stream<DynamicTest> gradesAreListedMildestFirst() {
        return schemes().map(named -> DynamicTest.dynamicTest(named.name(), () -> {
            List<GradeDefinition> grades = named.scheme().grades();
            assertNotNull(grades, "grades");
            assertFalse(grades.isEmpty(), "a scheme needs at least one grade");
            Set<String> codes = new HashSet<>();
            int previousRank = 0;
            for (GradeDefinition grade : grades) {
                assertFalse(grade.code().isBlank(), "a grade code is blank");
                assertTrue(codes.add(grade.code()), () -> "grade " + grade.code() + " appears twice");
                // labels may come from the tenant, who may name a grade in Latin letters, so both are only required
                assertFalse(grade.label().zh().isBlank(), () -> grade.code() + " label in zh-CN");
                assertFalse(grade.label().en().isBlank(), () -> grade.code() + " label in en");
                if (previousRank == 0) {
                    assertEquals(1, grade.rank(), () -> "the mildest grade " + grade.code() + " must have rank 1");
                } else {
                    int before = previousRank;
                    assertTrue(grade.rank() > before, () -> grade.code() + " has rank " + grade.rank()
                            + ", not above the " + before + " of the grade listed before it");
                }
                previousRank = grade.rank();
            }
        }));
    }

    @TestFactory
    public final Stream<DynamicTest> everyGradeHasAPlanWhoseClocksCanAllStart() {
        return schemes().flatMap(named -> named.scheme().grades().stream().map(grade ->
                DynamicTest.dynamicTest(named.name() + " " + grade.code(), () -> {
                    HandlingPlan plan = named.scheme().defaultPlan(grade.code());
                    assertNotNull(plan, "plan");
                    assertFalse(plan.stages().isEmpty(), "a plan needs at least one stage");
                    for (StagePlan stage : plan.stages()) {
                        assertTrue(stage.anchoredOnReceipt() || plan.stage(stage.anchor()).isPresent(),
                                () -> stage.stage() + " is anchored on " + stage.anchor() + ", which is not a stage of the plan");
                        assertReachesReceipt(plan, stage);
                    }
                })));
    }

    /** Anchors that point at each other in a circle would leave those clocks waiting for ever. */
    private static void assertReachesReceipt(HandlingPlan plan, StagePlan start) {
        Set<String> visited = new HashSet<>();
        StagePlan current = start;
        while (!current.anchoredOnReceipt()) {
            StagePlan here = current;
            assertTrue(visited.add(here.stage()), () -> start.stage() + " waits on a circle of anchors through " + here.stage());
            current = plan.stage(here.anchor()).orElseThrow();
        }
    }

    @TestFactory
    public final Stream<DynamicTest> anUnknownGradeHasNoPlan() {
        return schemes().map(named -> DynamicTest.dynamicTest(named.name(), () -> {
            Set<String> codes = codes(named.scheme());
            List<String> unknown = new ArrayList<>(List.of("", "?", "NO_SUCH_GRADE"));
            for (String code : codes) {
                unknown.add(code.toLowerCase(Locale.ROOT));
                unknown.add(" " + code);
                unknown.add(code + "_");
            }
            unknown.removeAll(codes);
            for (String code : unknown) {
                assertThrows(IllegalArgumentException.class, () -> named.scheme().defaultPlan(code),
                        () -> "defaultPlan(\"" + code + "\")");
            }
        }));
    }

    /** Same grades, same plans, same decisions on facts that touch every channel, impact, emotion, flag and currency. */
    @Override
    protected final void assertDecideAlike(GradingScheme first, GradingScheme second) {
        assertEquals(first.grades(), second.grades(), "grades");
        for (GradeDefinition grade : first.grades()) {
            assertEquals(first.defaultPlan(grade.code()), second.defaultPlan(grade.code()), "plan of " + grade.code());
        }
        for (ComplaintFacts facts : landmarkFacts()) {
            assertEquals(first.grade(facts), second.grade(facts), () -> "decision on " + facts);
        }
    }

    private static List<ComplaintFacts> landmarkFacts() {
        List<ComplaintFacts> facts = new ArrayList<>();
        facts.add(facts(Channel.PHONE, 1, null, null, null, Set.of()));
        for (Channel channel : Channel.values()) {
            facts.add(facts(channel, 1, null, null, null, Set.of()));
        }
        for (Impact impact : Impact.values()) {
            facts.add(facts(Channel.PHONE, 1, null, impact, null, Set.of()));
        }
        for (Emotion emotion : Emotion.values()) {
            facts.add(facts(Channel.PHONE, 1, null, null, emotion, Set.of()));
        }
        for (RiskFlag flag : RiskFlag.values()) {
            facts.add(facts(Channel.PHONE, 1, null, null, null, Set.of(flag)));
        }
        facts.add(facts(Channel.PHONE, 1, null, null, null, EnumSet.allOf(RiskFlag.class)));
        for (int count : new int[] {2, 3, 10, 10_000}) {
            facts.add(facts(Channel.PHONE, count, null, null, null, Set.of()));
        }
        for (String loss : List.of("0.00 CNY", "0.01 CNY", "10000.00 CNY", "10000.01 CNY", "1408.00 USD", "1299.00 EUR",
                "5.00 JPY", "999999999.99 JPY")) {
            String[] parts = loss.split(" ");
            facts.add(facts(Channel.PHONE, 1, Money.of(parts[0], parts[1]), null, null, Set.of()));
        }
        facts.add(new ComplaintFacts(Channel.REGULATOR, 3, Money.of("20000.00", "CNY"), Impact.INTERRUPTION,
                Emotion.AGITATED, EnumSet.allOf(RiskFlag.class), "BILLING", RATES));
        return facts;
    }

    private static ComplaintFacts facts(Channel channel, int count, Money loss, Impact impact, Emotion emotion,
                                        Set<RiskFlag> flags) {
        return new ComplaintFacts(channel, count, loss, impact, emotion, flags, null, RATES);
    }

    private Stream<NamedScheme> schemes() {
        GradingSchemeFactory factory = factory();
        return sampleConfigs().entrySet().stream().map(e -> new NamedScheme(e.getKey(), factory.create(e.getValue())));
    }

    private static Set<String> codes(GradingScheme scheme) {
        Set<String> codes = new HashSet<>();
        scheme.grades().forEach(g -> codes.add(g.code()));
        return codes;
    }

    /** A scheme with the name of the sample configuration it was created from, which names the dynamic test. */
    private record NamedScheme(String name, GradingScheme scheme) {
    }
}

package io.redress.plugin.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.IncentiveOutcome;
import io.redress.plugin.api.Indicator;
import io.redress.plugin.api.KpiInput;
import io.redress.plugin.api.KpiScheme;
import io.redress.plugin.api.KpiSchemeFactory;
import io.redress.plugin.api.KpiScope;
import io.redress.plugin.api.OutcomeKind;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginKind;
import io.redress.plugin.api.Scorecard;
import io.redress.plugin.api.StageCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of a KPI and incentive scheme on top of {@link PluginContractTest}: {@link KpiScheme#score} answers
 * every input, zero counts included, with a well-formed scorecard, and answers it alike each time, checked by jqwik
 * over arbitrary inputs for every sample configuration.
 *
 * <p>A well-formed scorecard lists each indicator once; a standard indicator (see {@link Indicator}) has exactly its
 * standard value, null when there was nothing to measure; any other rate lies between 0 and 1; and every outcome
 * names its rule and gives its reason in both languages. The module's {@code junit-platform.properties} must set
 * {@code jqwik.database = target/.jqwik-database} (see {@link PluginContractTest}).
 */
public abstract class KpiSchemeContractTest extends PluginContractTest<KpiScheme> {

    /** Stage codes of the three policies' plans, which inputs count deadlines of. */
    public static final List<String> STAGES = List.of("RESPONSE", "REGISTRATION", "TRIAGE", "CONTAINMENT",
            "INVESTIGATION_PLAN", "INVESTIGATION", "PLAN", "RESOLUTION", "PROGRESS_UPDATE", "FEEDBACK", "RETURN_VISIT",
            "SATISFACTION");

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    @Override
    protected abstract KpiSchemeFactory factory();

    /**
     * Any counts the platform can produce: every scope; counts from none to a million, with zero wholes (nothing
     * due, nothing resolved, no scores) coming up often; each part no larger than its whole; deadlines of any of
     * {@link #STAGES}; resolution times up to some 300 years; up to 60 scores. Public so that a module's own
     * properties can draw from the same inputs.
     */
    public static Arbitrary<KpiInput> kpiInputs() {
        Arbitrary<Map<String, StageCount>> stages = Arbitraries.maps(Arbitraries.of(STAGES),
                shares().map(s -> new StageCount(s.whole(), s.part()))).ofMaxSize(STAGES.size());
        Arbitrary<Duration> time = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.integers().between(0, 999_999_999))
                .as(Duration::ofSeconds);
        // reopened among resolved among resolvedCases: a share of a share
        Arbitrary<long[]> resolution = shares().flatMap(resolved ->
                Arbitraries.longs().between(0, resolved.part()).map(reopened -> new long[] {resolved.whole(), resolved.part(), reopened}));
        Arbitrary<Tuple.Tuple3<KpiScope, String, String>> subject = Combinators.combine(
                        Arbitraries.of(KpiScope.class),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                        Arbitraries.of("2026-03", "2026-Q1", "2026"))
                .as(Tuple::of);
        return Combinators.combine(subject, counts(), shares(), stages, resolution, time,
                        Arbitraries.integers().between(1, 5).list().ofMaxSize(60))
                .as((who, cases, responses, stageCounts, resolved, total, scores) -> new KpiInput(who.get1(), who.get2(),
                        who.get3(), cases, responses.whole(), responses.part(), stageCounts, resolved[1], resolved[0],
                        total, scores, resolved[2]));
    }

    private static Arbitrary<Long> counts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(5, Arbitraries.longs().between(0, 30)),
                Tuple.of(2, Arbitraries.longs().between(0, 1_000_000)));
    }

    private static Arbitrary<Share> shares() {
        return counts().flatMap(whole -> Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(whole)),
                Tuple.of(4, Arbitraries.longs().between(0, whole))).map(part -> new Share(part, whole)));
    }

    /** A count among its whole, such as the deadlines met among those due. */
    private record Share(long part, long whole) {
    }

    @Provide
    public final Arbitrary<KpiInput> anyKpiInput() {
        return kpiInputs();
    }

    @Provide
    public final Arbitrary<String> sampleConfigurationName() {
        return Arbitraries.of(List.copyOf(sampleConfigs().keySet()));
    }

    @Property(tries = 500)
    public final void scoringIsTotalWellFormedAndDeterministic(@ForAll("anyKpiInput") KpiInput input,
                                                              @ForAll("sampleConfigurationName") String configuration) {
        PluginConfig config = sampleConfigs().get(configuration);
        KpiScheme scheme = factory().create(config);
        Scorecard scorecard = scheme.score(input);
        assertWellFormed(scorecard, input);
        assertEquals(scorecard, scheme.score(input), "the same input scored again");
        assertEquals(scorecard, scheme.score(copyOf(input)), "an equal copy of the input");
        assertEquals(scorecard, factory().create(config).score(input), "a second scheme of the same configuration");
    }

    private static KpiInput copyOf(KpiInput i) {
        return new KpiInput(i.scope(), new String(i.subject().toCharArray()), new String(i.period().toCharArray()),
                i.cases(), i.firstResponses(), i.firstResponsesOnTime(), new HashMap<>(i.stages()), i.resolved(),
                i.resolvedCases(), Duration.ofSeconds(i.totalResolutionTime().getSeconds(), i.totalResolutionTime().getNano()),
                new ArrayList<>(i.satisfactionScores()), i.reopened());
    }

    @Test
    public final void kindIsKpiIncentive() {
        assertEquals(PluginKind.KPI_INCENTIVE, factory().kind());
    }

    /** The landmark inputs one by one, so that a fault is reported with the input that shows it. */
    @TestFactory
    public final Stream<DynamicTest> everyLandmarkInputGetsAWellFormedScorecard() {
        KpiSchemeFactory factory = factory();
        return sampleConfigs().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            KpiScheme scheme = factory.create(e.getValue());
            for (KpiInput input : landmarkInputs()) {
                try {
                    assertWellFormed(scheme.score(input), input);
                } catch (RuntimeException | AssertionError fault) {
                    throw new AssertionError("input " + input + ": " + fault, fault);
                }
            }
        }));
    }

    /** The same scorecards for every scope, with nothing measured, a perfect and a poor period, and every score alone. */
    @Override
    protected final void assertDecideAlike(KpiScheme first, KpiScheme second) {
        for (KpiInput input : landmarkInputs()) {
            assertEquals(first.score(input), second.score(input), () -> "scorecard of " + input);
        }
    }

    /** What every scorecard of this input must be, whatever the scheme; see the class comment. */
    public static void assertWellFormed(Scorecard scorecard, KpiInput input) {
        assertNotNull(scorecard, "scorecard");
        assertNotNull(scorecard.indicators(), "indicators");
        assertNotNull(scorecard.outcomes(), "outcomes");
        Set<String> codes = new HashSet<>();
        for (Indicator indicator : scorecard.indicators()) {
            assertNotNull(indicator, "indicator");
            assertTrue(codes.add(indicator.code()), () -> "indicator " + indicator.code() + " appears twice");
            assertNotNull(indicator.label(), () -> indicator.code() + " label");
            assertEquals(indicator.value() == null || indicator.target() == null, indicator.met() == null,
                    () -> indicator + ": met must be known exactly when value and target are");
            if (isStandard(indicator.code())) {
                assertEquals(standardValue(indicator.code(), input), indicator.value(),
                        () -> indicator.code() + " of " + input);
            } else if (indicator.isRate() && indicator.value() != null) {
                assertTrue(indicator.value().signum() >= 0 && indicator.value().compareTo(BigDecimal.ONE) <= 0,
                        () -> indicator + " is a rate outside 0..1");
            }
        }
        for (IncentiveOutcome outcome : scorecard.outcomes()) {
            assertNotNull(outcome, "outcome");
            assertNotNull(outcome.kind(), "outcome kind");
            assertFalse(outcome.ruleId().isBlank(), () -> outcome + " names no rule");
            assertBilingual("reason of " + outcome.ruleId(), outcome.reason());
            if (outcome.kind() == OutcomeKind.BONUS_POINTS) {
                assertTrue(outcome.points() > 0, () -> outcome + " gives no points");
            } else {
                assertEquals(0, outcome.points(), () -> outcome + " gives points with a " + outcome.kind());
            }
        }
    }

    private static boolean isStandard(String code) {
        return Indicator.STANDARD_CODES.contains(code) || code.startsWith(Indicator.ON_TIME_RATE_PREFIX);
    }

    /** The value the API defines for a standard code; the contract's own arithmetic, written apart from any plugin's. */
    private static BigDecimal standardValue(String code, KpiInput in) {
        if (code.startsWith(Indicator.ON_TIME_RATE_PREFIX)) {
            StageCount count = in.stages().get(code.substring(Indicator.ON_TIME_RATE_PREFIX.length()));
            return count == null ? null : rate(count.met(), count.due());
        }
        long happy = in.satisfactionScores().stream().filter(s -> s >= 4).count();
        long sum = in.satisfactionScores().stream().mapToLong(Integer::longValue).sum();
        long scores = in.satisfactionScores().size();
        return switch (code) {
            case Indicator.FIRST_RESPONSE_RATE -> rate(in.firstResponsesOnTime(), in.firstResponses());
            case Indicator.RESOLUTION_RATE -> rate(in.resolved(), in.resolvedCases());
            case Indicator.AVERAGE_RESOLUTION_HOURS -> in.resolved() == 0 ? null
                    : new BigDecimal(in.totalResolutionTime().getSeconds()).add(BigDecimal.valueOf(in.totalResolutionTime().getNano(), 9))
                    .divide(SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(in.resolved())), 1, RoundingMode.HALF_EVEN);
            case Indicator.SATISFACTION_RATE -> rate(happy, scores);
            case Indicator.AVERAGE_SATISFACTION -> scores == 0 ? null
                    : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores), 2, RoundingMode.HALF_EVEN);
            case Indicator.REOPEN_RATE -> rate(in.reopened(), in.resolved());
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Indicator.RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    private static List<KpiInput> landmarkInputs() {
        List<KpiInput> inputs = new ArrayList<>();
        Map<String, StageCount> none = Map.of();
        Map<String, StageCount> allDue = new HashMap<>();
        Map<String, StageCount> allMissed = new HashMap<>();
        Map<String, StageCount> nothingDue = new HashMap<>();
        for (String stage : STAGES) {
            allDue.put(stage, new StageCount(10, 10));
            allMissed.put(stage, new StageCount(10, 0));
            nothingDue.put(stage, new StageCount(0, 0));
        }
        for (KpiScope scope : KpiScope.values()) {
            inputs.add(input(scope, 0, 0, none, 0, 0, Duration.ZERO, List.of(), 0));
            inputs.add(input(scope, 0, 0, nothingDue, 0, 0, Duration.ZERO, List.of(), 0));
            inputs.add(input(scope, 100, 100, allDue, 100, 100, Duration.ofHours(2400), List.of(5, 5, 5, 5), 0));
            inputs.add(input(scope, 100, 0, allMissed, 0, 100, Duration.ZERO, List.of(1, 1, 2), 0));
            inputs.add(input(scope, 100, 89, Map.of("RESOLUTION", new StageCount(100, 79)), 98, 100,
                    Duration.ofHours(72_000), List.of(5, 4, 4, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5), 3));
            inputs.add(input(scope, 1_000_000, 999_999, Map.of("PLAN", new StageCount(1_000_000, 899_999)), 999_999,
                    1_000_000, Duration.ofSeconds(9_999_999_999L, 999_999_999), List.of(4), 999_999));
        }
        for (int score = 1; score <= 5; score++) {
            inputs.add(input(KpiScope.PERSON, 1, 1, none, 1, 1, Duration.ofMinutes(90), List.of(score), 1));
        }
        return inputs;
    }

    private static KpiInput input(KpiScope scope, long firstResponses, long onTime, Map<String, StageCount> stages,
                                  long resolved, long resolvedCases, Duration total, List<Integer> scores, long reopened) {
        return new KpiInput(scope, "landmark", "2026-03", resolvedCases, firstResponses, onTime, stages, resolved,
                resolvedCases, total, scores, reopened);
    }
}

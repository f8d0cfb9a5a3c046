package io.redress.plugin.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.redress.plugin.tck.fixture.CarelessSchemeContract;
import io.redress.plugin.tck.fixture.FickleSchemeContract;
import io.redress.plugin.tck.fixture.RashApprovalContract;
import io.redress.plugin.tck.fixture.SatisfactionKpiContract;
import io.redress.plugin.tck.fixture.ThresholdApprovalContract;
import io.redress.plugin.tck.fixture.TwoGradeSchemeContract;
import io.redress.plugin.tck.fixture.ZeroForNothingKpiContract;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs the contract on the fixtures through both engines, as Surefire would, and checks exactly which tests fail.
 * A contract that passed a broken plugin would be worse than none, and an inherited jqwik property that silently did
 * not run would look just like one that passed.
 */
class ContractCatchesBrokenPluginsTest {

    private static final String PROPERTY = "gradingIsTotalKnownAndDeterministic";
    private static final String APPROVAL_PROPERTY = "chainsAreTotalWellFormedAndDeterministic";
    private static final String KPI_PROPERTY = "scoringIsTotalWellFormedAndDeterministic";

    @Test
    void aSoundSchemePassesEveryTestOfBothEngines() {
        EngineExecutionResults jupiter = run("junit-jupiter", TwoGradeSchemeContract.class);
        assertEquals(Set.of(), failed(jupiter));
        // 13 tests of PluginContractTest and 4 of GradingSchemeContractTest, some of them dynamic containers
        assertTrue(jupiter.testEvents().succeeded().count() >= 17, () -> "Jupiter ran " + jupiter.testEvents().succeeded().count());

        EngineExecutionResults jqwik = run("jqwik", TwoGradeSchemeContract.class);
        assertEquals(Set.of(), failed(jqwik));
        assertEquals(Set.of(PROPERTY), succeeded(jqwik), "the inherited property ran and passed");
    }

    @Test
    void aCarelessSchemeFailsTheTestOfEachBrokenPromise() {
        assertEquals(new TreeSet<>(Set.of(
                        "idIsAStableSlug",
                        "versionIsSemantic",
                        "factoryIsFoundThroughServiceLoader",
                        "everyFieldIsLabelledAndExplainedInBothLanguages highFlags",
                        "anUnknownGradeHasNoPlan empty",
                        "anUnknownGradeHasNoPlan defaults",
                        "everyInvalidConfigurationIsRefusedWithTheFaultySettingNamed accepted anyway")),
                failed(run("junit-jupiter", CarelessSchemeContract.class)));
        // a grade outside the scheme's own list, given only to groups above 9,000
        assertEquals(Set.of(PROPERTY), failed(run("jqwik", CarelessSchemeContract.class)));
    }

    @Test
    void aFickleSchemeIsCaughtByThePropertyAlone() {
        assertEquals(Set.of(), failed(run("junit-jupiter", FickleSchemeContract.class)));
        assertEquals(Set.of(PROPERTY), failed(run("jqwik", FickleSchemeContract.class)));
    }

    @Test
    void aSoundApprovalPolicyPassesEveryTestOfBothEngines() {
        EngineExecutionResults jupiter = run("junit-jupiter", ThresholdApprovalContract.class);
        assertEquals(Set.of(), failed(jupiter));
        // 13 tests of PluginContractTest and 2 of ApprovalChainContractTest, some of them dynamic containers
        assertTrue(jupiter.testEvents().succeeded().count() >= 15, () -> "Jupiter ran " + jupiter.testEvents().succeeded().count());

        EngineExecutionResults jqwik = run("jqwik", ThresholdApprovalContract.class);
        assertEquals(Set.of(), failed(jqwik));
        assertEquals(Set.of(APPROVAL_PROPERTY), succeeded(jqwik), "the inherited property ran and passed");
    }

    @Test
    void aPolicyThatThrowsForAnUnconvertibleAmountIsCaught() {
        assertEquals(new TreeSet<>(Set.of(
                        "everyLandmarkRequestGetsAWellFormedChain empty",
                        "everyLandmarkRequestGetsAWellFormedChain defaults",
                        "everyLandmarkRequestGetsAWellFormedChain threshold in USD",
                        "pluginsCreatedFromTheSameConfigurationDecideAlike")),
                failed(run("junit-jupiter", RashApprovalContract.class)));
        assertEquals(Set.of(APPROVAL_PROPERTY), failed(run("jqwik", RashApprovalContract.class)));
    }

    @Test
    void aSoundKpiSchemePassesEveryTestOfBothEngines() {
        EngineExecutionResults jupiter = run("junit-jupiter", SatisfactionKpiContract.class);
        assertEquals(Set.of(), failed(jupiter));
        assertTrue(jupiter.testEvents().succeeded().count() >= 15, () -> "Jupiter ran " + jupiter.testEvents().succeeded().count());

        EngineExecutionResults jqwik = run("jqwik", SatisfactionKpiContract.class);
        assertEquals(Set.of(), failed(jqwik));
        assertEquals(Set.of(KPI_PROPERTY), succeeded(jqwik), "the inherited property ran and passed");
    }

    @Test
    void aSchemeThatScoresNothingAsZeroIsCaught() {
        assertEquals(new TreeSet<>(Set.of(
                        "everyLandmarkInputGetsAWellFormedScorecard empty",
                        "everyLandmarkInputGetsAWellFormedScorecard defaults")),
                failed(run("junit-jupiter", ZeroForNothingKpiContract.class)));
        assertEquals(Set.of(KPI_PROPERTY), failed(run("jqwik", ZeroForNothingKpiContract.class)));
    }

    private static EngineExecutionResults run(String engine, Class<?> contract) {
        return EngineTestKit.engine(engine).selectors(selectClass(contract)).execute();
    }

    private static Set<String> failed(EngineExecutionResults results) {
        return names(results.testEvents().failed().stream().map(Event::getTestDescriptor));
    }

    private static Set<String> succeeded(EngineExecutionResults results) {
        return names(results.testEvents().succeeded().stream().map(Event::getTestDescriptor));
    }

    /** A test method by its name; a dynamic test by its factory method's name and its own. */
    private static Set<String> names(Stream<TestDescriptor> tests) {
        Set<String> names = new TreeSet<>();
        // Jupiter gives a dynamic test its factory's source, so only the id tells the two apart
        tests.forEach(test -> names.add(test.getUniqueId().getLastSegment().getType().equals("dynamic-test")
                ? methodName(test) + " " + test.getDisplayName()
                : methodName(test)));
        return names;
    }

    private static String methodName(TestDescriptor test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getMethodName())
                .orElseThrow(() -> new AssertionError(test + " has no method source"));
    }
}

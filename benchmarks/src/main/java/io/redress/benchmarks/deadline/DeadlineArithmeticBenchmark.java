package io.redress.benchmarks.deadline;

import io.redress.benchmarks.deadline.BenchmarkAnchors.Anchor;
import io.redress.benchmarks.deadline.BenchmarkAnchors.CalendarSet;
import io.redress.plugin.api.DeadlineUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code BusinessCalendar.dueAt} against {@link MinuteSteppingCalculator} on the same {@link BenchmarkAnchors}, in
 * the same run. A score is the average time of one deadline computation over the set's anchors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeadlineArithmeticBenchmark {

    @Param({"TEMPLATES", "PRAYER_BREAKS"})
    public CalendarSet calendars;

    /** Amount and unit of the deadline, as a handling plan states it. */
    @Param({"8 WORKING_HOURS", "40 WORKING_HOURS", "5 WORKING_DAYS", "15 WORKING_DAYS"})
    public String deadline;

    private long amount;
    private DeadlineUnit unit;
    private List<Anchor> anchors;

    /** Fails the run unless both calculators give exactly the same due instant for every anchor. */
    @Setup(Level.Trial)
    public void checkBothCalculatorsAgree() {
        String[] amountAndUnit = deadline.split(" ");
        amount = Long.parseLong(amountAndUnit[0]);
        unit = DeadlineUnit.valueOf(amountAndUnit[1]);
        anchors = BenchmarkAnchors.in(calendars);
        List<String> disagreements = new ArrayList<>();
        for (Anchor anchor : anchors) {
            Instant fast = anchor.calendar().dueAt(anchor.instant(), amount, unit);
            Instant naive = MinuteSteppingCalculator.dueAt(anchor.calendar(), anchor.instant(), amount, unit);
            if (!fast.equals(naive)) {
                disagreements.add(anchor.calendar().code() + " from " + anchor.instant() + ": BusinessCalendar "
                        + fast + ", minute stepping " + naive);
            }
        }
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException("The calculators disagree on " + disagreements.size() + " of "
                    + anchors.size() + " anchors for " + deadline + " in " + calendars + ":\n"
                    + String.join("\n", disagreements));
        }
        System.out.println("Both calculators agree on all " + anchors.size() + " anchors for " + deadline + " in "
                + calendars);
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkAnchors.COUNT)
    public void businessCalendar(Blackhole blackhole) {
        for (Anchor anchor : anchors) {
            blackhole.consume(anchor.calendar().dueAt(anchor.instant(), amount, unit));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkAnchors.COUNT)
    public void minuteStepping(Blackhole blackhole) {
        for (Anchor anchor : anchors) {
            blackhole.consume(MinuteSteppingCalculator.dueAt(anchor.calendar(), anchor.instant(), amount, unit));
        }
    }
}

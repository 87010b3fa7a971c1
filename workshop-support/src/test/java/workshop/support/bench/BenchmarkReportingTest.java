package workshop.support.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.RunnerException;

/** The runner tells the truth: noisy scores get no ratio, and a failure names its real cause. */
class BenchmarkReportingTest {

    private static BenchmarkTable.Row row(String method, double score, double error) {
        return new BenchmarkTable.Row("LookupBenchmark", method, "", score, error, "us/op", Mode.AverageTime,
                Double.NaN, "", "");
    }

    @Test
    void aPreciseResultGetsItsRatio() {
        assertThat(BenchmarkTable.versus(row("cached", 0.5, 0.01), row("uncached", 50, 2))).isEqualTo("100× faster");
    }

    @Test
    void aResultWhoseErrorIsHalfItsScoreOrMoreIsFlaggedNoisyInsteadOfARatio() {
        // What a busy machine printed as "111× faster": an error larger than the score itself.
        BenchmarkTable.Row noisy = row("cached", 0.45, 0.6);
        BenchmarkTable.Row baseline = row("uncached", 50, 2);

        assertThat(BenchmarkTable.versus(noisy, baseline)).isEqualTo(BenchmarkTable.NOISY);
        assertThat(BenchmarkTable.versus(row("cached", 0.5, 0.01), row("uncached", 50, 25))).isEqualTo(BenchmarkTable.NOISY);
        assertThat(BenchmarkTable.versus(baseline, baseline)).isEqualTo("baseline");
        assertThat(row("cached", 1, 0.49).isNoisy()).isFalse();
        assertThat(row("cached", 1, 0.5).isNoisy()).isTrue();
    }

    @Test
    void aHeldJmhLockIsSaidSoWithHowToWaitOrOverrideAndNeverBlamesTheStubs() {
        // JMH's own words (org.openjdk.jmh.runner.Runner), when another run holds /tmp/jmh.lock.
        RunnerException held = new RunnerException("ERROR: Another JMH instance might be running. Unable to acquire the "
                + "JMH lock (/tmp/jmh.lock), exiting. Use -Djmh.ignoreLock=true to forcefully continue.");

        assertThat(BenchmarkFailure.explain(held))
                .contains("Another JMH run holds JMH's lock file", "/tmp/jmh.lock", "Wait for the other run", "-Djmh.ignoreLock=true")
                .doesNotContain("-Psolutions");
    }

    @Test
    void anUnfinishedExerciseIsNamedWithTheAdviceToSolveItOrUseTheSolutions() {
        RunnerException stub = new RunnerException("Benchmark caught the exception",
                new UnsupportedOperationException("Exercise 1.1 is not done yet: implement HandMadeCache.get(key, loader)"));

        assertThat(BenchmarkFailure.explain(stub)).contains("Exercise 1.1 is not done yet", "-Psolutions");
    }

    @Test
    void anyOtherFailureGivesItsRootCauseAndNoAdviceThatDoesNotApply() {
        RunnerException other = new RunnerException("Benchmark caught the exception",
                new IllegalStateException("setup", new java.net.ConnectException("Connection refused")));

        assertThat(BenchmarkFailure.explain(other)).contains("ConnectException: Connection refused")
                .doesNotContain("-Psolutions").doesNotContain("lock");
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import workshop.support.bench.Benchmarks;

/** The benchmark command can only run what JMH's annotation processor generated at compile time. */
class BenchmarksTest {

    @Test
    void jmhGeneratedAHarnessForEveryBenchmark() {
        assertThat(Benchmarks.listed("workshop\\.lesson05\\.")).contains(
                "workshop.lesson05.bench.HotKeyExpiryBenchmark.baselineNaive",
                "workshop.lesson05.bench.HotKeyExpiryBenchmark.singleFlight",
                "workshop.lesson05.bench.HotKeyExpiryBenchmark.xfetch",
                "workshop.lesson05.bench.HotKeyExpiryBenchmark.xfetchRefreshAhead",
                "workshop.lesson05.bench.TwoLevelHitBenchmark.baselineRedisAlone",
                "workshop.lesson05.bench.TwoLevelHitBenchmark.localThenRedis",
                "workshop.lesson05.verdict.VerdictLatencyBenchmark.get",
                "workshop.lesson05.verdict.VerdictLatencyBenchmark.set",
                "workshop.lesson05.verdict.VerdictBatchBenchmark.getMany",
                "workshop.lesson05.verdict.VerdictBatchBenchmark.getOneByOne",
                "workshop.lesson05.verdict.VerdictThroughputBenchmark.get");
    }
}

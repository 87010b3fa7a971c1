package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import workshop.support.bench.Benchmarks;

/** The benchmark command can only run what JMH's annotation processor generated at compile time. */
class BenchmarksTest {

    @Test
    void jmhGeneratedAHarnessForEveryBenchmark() {
        assertThat(Benchmarks.listed("workshop\\.lesson03\\.")).contains(
                "workshop.lesson03.bench.MemcachedVersusUpstreamBenchmark.uncachedUpstreamCall",
                "workshop.lesson03.bench.MemcachedVersusUpstreamBenchmark.memcachedGet",
                "workshop.lesson03.bench.RoundTripsBenchmark.baselineSequentialGets",
                "workshop.lesson03.bench.RoundTripsBenchmark.oneGetBulk");
    }
}

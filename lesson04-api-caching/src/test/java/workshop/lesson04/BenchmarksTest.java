package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import workshop.support.bench.Benchmarks;

/** The benchmark command can only run what JMH's annotation processor generated at compile time. */
class BenchmarksTest {

    @Test
    void jmhGeneratedAHarnessForEveryBenchmark() {
        assertThat(Benchmarks.listed("workshop\\.lesson04\\.")).contains(
                "workshop.lesson04.bench.HttpCachingBenchmark.uncachedEndpoint",
                "workshop.lesson04.bench.HttpCachingBenchmark.redisCachedEndpoint",
                "workshop.lesson04.bench.HttpCachingBenchmark.memcachedCachedEndpoint");
    }
}

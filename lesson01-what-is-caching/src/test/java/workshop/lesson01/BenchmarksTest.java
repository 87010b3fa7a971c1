package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import workshop.support.bench.Benchmarks;

/** The benchmark command can only run what JMH's annotation processor generated at compile time. */
class BenchmarksTest {

    @Test
    void jmhGeneratedAHarnessForEveryBenchmark() {
        assertThat(Benchmarks.listed("workshop\\.lesson01\\.")).contains(
                "workshop.lesson01.bench.ProductLookupBenchmark.uncachedDatabaseQuery",
                "workshop.lesson01.bench.ProductLookupBenchmark.handMadeCacheHit",
                "workshop.lesson01.bench.ProductLookupBenchmark.caffeineCacheHit",
                "workshop.lesson01.bench.ProductLookupBenchmark.mapLookup",
                "workshop.lesson01.bench.HitRatioBenchmark.uncached",
                "workshop.lesson01.bench.HitRatioBenchmark.handMadeLru",
                "workshop.lesson01.bench.HitRatioBenchmark.caffeineTinyLfu");
    }
}

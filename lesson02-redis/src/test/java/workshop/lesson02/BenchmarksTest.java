package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import workshop.support.bench.Benchmarks;

/** The benchmark command can only run what JMH's annotation processor generated at compile time. */
class BenchmarksTest {

    @Test
    void jmhGeneratedAHarnessForEveryBenchmark() {
        assertThat(Benchmarks.listed("workshop\\.lesson02\\.")).contains(
                "workshop.lesson02.bench.RedisVersusOriginBenchmark.uncachedDatabaseQuery",
                "workshop.lesson02.bench.RedisVersusOriginBenchmark.redisGetJson",
                "workshop.lesson02.bench.JsonVersusHashBenchmark.jsonString",
                "workshop.lesson02.bench.JsonVersusHashBenchmark.hash",
                "workshop.lesson02.bench.RoundTripsBenchmark.baselineSequentialGets",
                "workshop.lesson02.bench.RoundTripsBenchmark.oneMget",
                "workshop.lesson02.bench.RoundTripsBenchmark.onePipeline");
    }
}

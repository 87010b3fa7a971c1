package workshop.lesson02.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import workshop.lesson02.Product;
import workshop.lesson02.ProductJson;

/**
 * What a Redis hit costs next to the database it saves: one loopback round trip (tens of microseconds) against a
 * 20 ms query. A Redis hit is slower than a local in-process hit (lesson 01: nanoseconds) — the price of a cache
 * that every app instance shares and that survives their restarts.
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -pl lesson02-redis -am -Dbench.include=RedisVersusOrigin}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedisVersusOriginBenchmark {

    @Benchmark
    public Product uncachedDatabaseQuery(RedisState state) {
        return state.database.findById(42).orElseThrow();
    }

    @Benchmark
    public Product redisGetJson(RedisState state) {
        return ProductJson.read(state.redis.get(state.keys.product(42)));
    }
}

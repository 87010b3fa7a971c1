package workshop.lesson01.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import workshop.lesson01.CacheSettings;
import workshop.lesson01.CaffeineCache;
import workshop.lesson01.HandMadeCache;
import workshop.lesson01.Product;
import workshop.lesson01.SlowProductDatabase;

/**
 * The latency ladder, measured on your machine: the same product read four ways, from the slowest rung to the
 * fastest. A cache hit should be thousands of times faster than the (simulated, 20 ms) database query; a hit is
 * slower than a bare map lookup only by the bookkeeping a cache does (expiry, size, statistics, locking).
 *
 * <p>The next rung up, a Redis or Memcached round trip over loopback (tens of microseconds), is measured in
 * lesson 02's and lesson 03's benchmarks.
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -Psolutions -pl lesson01-what-is-caching -am}. Expect, on a laptop:
 * uncached ≈ 20,000 µs, map ≈ 0.01 µs, hand-made hit ≈ 0.05 µs, Caffeine hit ≈ 0.02 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProductLookupBenchmark {

    private static final long ID = 42;

    private SlowProductDatabase database;
    private Map<Long, Product> map;
    private HandMadeCache<Long, Product> handMade;
    private CaffeineCache<Long, Product> caffeine;

    @Setup
    public void fillTheCaches() {
        database = SlowProductDatabase.withSampleProducts(1_000, SlowProductDatabase.TYPICAL_LATENCY);
        Product product = database.findById(ID).orElseThrow();
        map = new HashMap<>(Map.of(ID, product));
        CacheSettings settings = CacheSettings.unbounded().maximumSize(1_000).recordStats();
        handMade = new HandMadeCache<>(settings);
        handMade.put(ID, product);
        caffeine = new CaffeineCache<>(settings);
        caffeine.put(ID, product);
    }

    /** The baseline: every read is a database query. */
    @Benchmark
    public Product uncachedDatabaseQuery() {
        return database.findById(ID).orElseThrow();
    }

    /** The floor: a plain HashMap, with no expiry, no bound, no thread safety. */
    @Benchmark
    public Product mapLookup() {
        return map.get(ID);
    }

    @Benchmark
    public Product handMadeCacheHit() {
        return handMade.get(ID, id -> database.findById(id).orElse(null));
    }

    @Benchmark
    public Product caffeineCacheHit() {
        return caffeine.get(ID, id -> database.findById(id).orElse(null));
    }
}

package workshop.lesson01.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import workshop.lesson01.Cache;
import workshop.lesson01.CacheSettings;
import workshop.lesson01.CaffeineCache;
import workshop.lesson01.HandMadeCache;
import workshop.lesson01.Product;
import workshop.lesson01.SlowProductDatabase;

/**
 * Why cache size matters. Real traffic is skewed: a few products are asked for all the time, most rarely (a Zipf
 * distribution). A small cache catches the hottest keys; a bigger one catches more of the tail. Each miss costs a
 * (simulated, 1 ms) database query, so the average request time falls as the hit ratio rises.
 *
 * <p>The table shows each cache's hit ratio next to its speed. Caffeine usually beats the hand-made LRU at the
 * same size: its W-TinyLFU policy keeps keys that are asked for often, not merely recently.
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -Psolutions -pl lesson01-what-is-caching -am -Dbench.include=HitRatio}.
 * Expect, with 100,000 products: about 45% hits with 100 entries, about 80% with 10,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HitRatioBenchmark {

    private static final int PRODUCTS = 100_000;
    /** Zipf's exponent: 1.0 is the classic "the n-th most popular is asked for 1/n as often". */
    private static final double SKEW = 1.0;
    private static final int WARM_UP_REQUESTS = 500_000;

    /** The caches under test, one set per cache size. */
    @State(Scope.Benchmark)
    public static class Caches {

        @Param({"100", "10000"})
        public int cacheSize;

        SlowProductDatabase database;
        Cache<Long, Product> handMade;
        Cache<Long, Product> caffeine;

        @Setup(Level.Trial)
        public void create() {
            database = SlowProductDatabase.withSampleProducts(PRODUCTS, Duration.ofMillis(1));
            CacheSettings settings = CacheSettings.unbounded().maximumSize(cacheSize);
            handMade = new HandMadeCache<>(settings);
            caffeine = new CaffeineCache<>(settings);
            warm(handMade);
            warm(caffeine);
        }

        /**
         * Measure a shop that has been open a while: replay a day's worth of requests first, so the caches hold
         * what their policy would keep (filling a 10,000-entry cache at 1 ms a miss would take longer than a run).
         */
        private void warm(Cache<Long, Product> cache) {
            SlowProductDatabase instant = SlowProductDatabase.withSampleProducts(PRODUCTS, Duration.ZERO);
            DiscreteSampler warmUpIds = RejectionInversionZipfSampler.of(RandomSource.XO_RO_SHI_RO_128_PP.create(7L), PRODUCTS, SKEW);
            for (int request = 0; request < WARM_UP_REQUESTS; request++) {
                cache.get((long) warmUpIds.sample(), id -> instant.findById(id).orElse(null));
            }
        }
    }

    /** Each thread draws its own skewed stream of product ids. */
    @State(Scope.Thread)
    public static class Requests {

        DiscreteSampler ids;

        @Setup(Level.Trial)
        public void create() {
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
            ids = RejectionInversionZipfSampler.of(random, PRODUCTS, SKEW);
        }

        long next() {
            return ids.sample();
        }
    }

    /** Counted per operation, and shown by the benchmark runner as a hit ratio. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class HitsAndMisses {

        public long hits;
        public long misses;
    }

    @Benchmark
    public Product uncached(Caches caches, Requests requests, HitsAndMisses counted) {
        counted.misses++;
        return caches.database.findById(requests.next()).orElseThrow();
    }

    @Benchmark
    public Product handMadeLru(Caches caches, Requests requests, HitsAndMisses counted) {
        return read(caches.handMade, caches.database, requests.next(), counted);
    }

    @Benchmark
    public Product caffeineTinyLfu(Caches caches, Requests requests, HitsAndMisses counted) {
        return read(caches.caffeine, caches.database, requests.next(), counted);
    }

    private static Product read(Cache<Long, Product> cache, SlowProductDatabase database, long id, HitsAndMisses counted) {
        boolean[] missed = new boolean[1];
        Product product = cache.get(id, key -> {
            missed[0] = true;
            return database.findById(key).orElse(null);
        });
        if (missed[0]) {
            counted.misses++;
        } else {
            counted.hits++;
        }
        return product;
    }
}

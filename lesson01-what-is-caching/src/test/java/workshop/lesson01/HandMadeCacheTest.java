package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.testing.JsonBody;
import workshop.support.time.MutableClock;

/** The cache you write by hand, one moving part per exercise. */
class HandMadeCacheTest {

    @Nested
    @DisplayName("Exercise 1.1: Cache-aside get-or-load")
    class GetOrLoad implements GetOrLoadContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new HandMadeCache<>(settings);
        }

        @Test
        void theApiAnswersMissThenHitForTheSameProduct() {
            SlowProductDatabase database = Catalog.database();
            JavalinTest.test(ProductApi.create(new HandMadeCache<>(CacheSettings.unbounded()), database), (server, client) -> {
                var first = client.get("/products/42");
                assertThat(first.code()).as("first GET /products/42 answered: %s", first.body().string()).isEqualTo(200);
                assertThat(first.headers().get("X-Cache")).as("the first GET of a product is a miss").containsExactly("MISS");

                var second = client.get("/products/42");
                assertThat(second.headers().get("X-Cache")).as("the second GET of the same product must be a hit").containsExactly("HIT");
                assertThat(database.calls()).as("database calls for two GETs of one product").isEqualTo(1);
            });
        }

        @Test
        void aSlowLoadOfOneKeyDoesNotHoldUpOtherKeys() throws Exception {
            Cache<Long, Product> cache = newCache(CacheSettings.unbounded());
            Product two = Catalog.product(2);
            CountDownLatch slowLoadStarted = new CountDownLatch(1);
            CountDownLatch releaseSlowLoad = new CountDownLatch(1);
            Worker<Product> slow = Worker.start("load of key 1", () -> cache.get(1L, id -> {
                slowLoadStarted.countDown();
                Worker.await(releaseSlowLoad);
                return Catalog.product(id);
            }));
            try {
                slow.awaitOpened(slowLoadStarted, "starting the load of key 1");

                Worker<Product> other = Worker.start("read of key 2", () -> cache.get(2L, id -> two));

                assertThat(other.returnsWithoutWaiting())
                        .as("1.1 must not hold up other keys while one key loads: the read of key 2 waited (%s) for the"
                                + " slow load of key 1. Is get synchronized, one lock for the whole cache around the load?", other.state())
                        .isTrue();
                assertThat(other.result()).as("key 2, read while key 1 was still loading").isEqualTo(two);
            } finally {
                releaseSlowLoad.countDown();
            }
            assertThat(slow.result()).as("key 1, once its load was let go").isEqualTo(Catalog.product(1));
        }
    }

    @Nested
    @DisplayName("Exercise 1.2: Time to live with an injected clock")
    class TimeToLive implements TimeToLiveContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new HandMadeCache<>(settings);
        }
    }

    @Nested
    @DisplayName("Exercise 1.3: Size bound with least-recently-used eviction")
    class SizeBound implements SizeBoundContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new HandMadeCache<>(settings);
        }

        @Test
        void evictsTheLeastRecentlyUsedEntry() {
            Cache<Long, Product> cache = newCache(CacheSettings.unbounded().maximumSize(3));
            cache.put(1L, Catalog.product(1));
            cache.put(2L, Catalog.product(2));
            cache.put(3L, Catalog.product(3));
            cache.getIfPresent(1L); // 1 is now the most recently used; 2 the least

            cache.put(4L, Catalog.product(4));

            assertThat(cache.getIfPresent(2L)).as("1.3 must evict the least recently used entry (2: written second, never"
                    + " read since) when a 4th entry comes into a cache of 3").isEmpty();
            assertThat(cache.getIfPresent(1L)).as("1.3 must keep entry 1: written first, but read since (recently used)").isPresent();
            assertThat(cache.getIfPresent(3L)).as("1.3 must keep entry 3, written after 2").isPresent();
            assertThat(cache.getIfPresent(4L)).as("1.3 must keep the entry just written").isPresent();
        }
    }

    @Nested
    @DisplayName("Exercise 1.4: Statistics, exposed at /stats")
    class Statistics implements StatisticsContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new HandMadeCache<>(settings);
        }

        @Test
        void theApiShowsHitsMissesEvictionsAndTheHitRatio() {
            Cache<Long, Product> cache = new HandMadeCache<>(CacheSettings.unbounded().maximumSize(2).recordStats());
            assertThat(cache.stats()).isEqualTo(CacheStats.EMPTY);
            JavalinTest.test(ProductApi.create(cache, Catalog.database()), (server, client) -> {
                for (String path : new String[] {"/products/1", "/products/1", "/products/2", "/products/3", "/products/3"}) {
                    var response = client.get(path);
                    assertThat(response.code()).as("GET %s answered: %s", path, response.body().string()).isEqualTo(200);
                }

                var stats = JsonBody.parse(client.get("/stats").body().string());

                String seen = "GET /stats after /products/1, 1, 2, 3, 3 on a cache of 2 answered " + stats;
                assertThat(stats.get("hits").asLong()).as("1.4: hits (%s)", seen).isEqualTo(2);
                assertThat(stats.get("misses").asLong()).as("1.4: misses (%s)", seen).isEqualTo(3);
                assertThat(stats.get("evictions").asLong()).as("1.4: evictions (%s)", seen).isEqualTo(1);
                assertThat(stats.get("hitRatio").asDouble()).as("1.4: hit ratio (%s)", seen).isEqualTo(0.4);
                assertThat(stats.get("size").asLong()).as("1.4: size (%s)", seen).isEqualTo(2);
                assertThat(stats.get("originCalls").asLong()).as("1.4: origin calls (%s)", seen).isEqualTo(3);
            });
        }

        @Test
        void anExpiredEntryCountsAsAnEviction() {
            MutableClock clock = MutableClock.atEpoch();
            Cache<Long, Product> cache = new HandMadeCache<>(CacheSettings.unbounded().expireAfterWrite(Duration.ofSeconds(30))
                    .clock(clock).recordStats());
            assertThat(cache.stats()).as("a new cache's statistics").isEqualTo(CacheStats.EMPTY);
            cache.put(1L, Catalog.product(1));
            clock.advance(Duration.ofSeconds(30));

            cache.getIfPresent(1L);

            assertThat(cache.stats()).as("1.4 must count an entry dropped because it expired as an eviction (as Caffeine"
                    + " does), and the read that found it gone as a miss").isEqualTo(new CacheStats(0, 1, 1));
        }

        @Test
        void countsSafelyFromManyThreads() {
            StatsCounter counter = new StatsCounter();
            counter.recordHit();
            assertThat(counter.snapshot()).as("1.4: a StatsCounter after one hit").isEqualTo(new CacheStats(1, 0, 0));
            // Lost updates (two threads read 41, both write 42) are a race no test can make happen on demand:
            // the counters' types are what keeps them away.
            for (Field field : StatsCounter.class.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                assertThat(field.getType().getPackageName())
                        .as("1.4 must count safely from many threads at once: StatsCounter.%s is a %s, whose ++ loses"
                                + " updates when two threads count together. Use a LongAdder (or an AtomicLong)",
                                field.getName(), field.getType().getSimpleName())
                        .isEqualTo("java.util.concurrent.atomic");
            }
        }
    }
}

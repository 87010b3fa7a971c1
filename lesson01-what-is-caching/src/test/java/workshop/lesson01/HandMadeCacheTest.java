package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

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
                assertThat(first.headers().get("X-Cache")).containsExactly("MISS");

                var second = client.get("/products/42");
                assertThat(second.headers().get("X-Cache")).containsExactly("HIT");
                assertThat(database.calls()).isEqualTo(1);
            });
        }

        @Test
        void aSlowLoadOfOneKeyDoesNotHoldUpOtherKeys() throws Exception {
            Cache<Long, Product> cache = newCache(CacheSettings.unbounded());
            CountDownLatch releaseSlowLoad = new CountDownLatch(1);
            CompletableFuture<Product> slow = CompletableFuture.supplyAsync(() -> cache.get(1L, id -> {
                await(releaseSlowLoad);
                return Catalog.product(id);
            }));
            try {
                Product other = CompletableFuture.supplyAsync(() -> cache.get(2L, Catalog::product)).get(5, TimeUnit.SECONDS);

                assertThat(other).as("key 2, loaded while key 1 is still loading").isEqualTo(Catalog.product(2));
            } finally {
                releaseSlowLoad.countDown();
            }
            assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo(Catalog.product(1));
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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

            assertThat(cache.getIfPresent(2L)).as("the least recently used entry").isEmpty();
            assertThat(cache.getIfPresent(1L)).isPresent();
            assertThat(cache.getIfPresent(3L)).isPresent();
            assertThat(cache.getIfPresent(4L)).isPresent();
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

                var stats = Json.parse(client.get("/stats").body().string());

                assertThat(stats.get("hits").asLong()).isEqualTo(2);
                assertThat(stats.get("misses").asLong()).isEqualTo(3);
                assertThat(stats.get("evictions").asLong()).isEqualTo(1);
                assertThat(stats.get("hitRatio").asDouble()).isEqualTo(0.4);
                assertThat(stats.get("size").asLong()).isEqualTo(2);
                assertThat(stats.get("originCalls").asLong()).isEqualTo(3);
            });
        }
    }
}

package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/** Cache-aside through the port, the same on every store: the tests of exercise 4.2. */
interface CachedProductsContract extends Store {

    @Test
    default void asksTheDatabaseOnceAndThenAnswersFromTheCache(RedisServer redis, MemcachedServer memcached) throws Exception {
        ProductDatabase database = Store.database();
        try (Connection store = connect(redis, memcached)) {
            CachedProducts products = new CachedProducts(store.cache(), store.keys(), database, Duration.ofSeconds(60));

            Lookup<Product> first = products.find(42);
            Lookup<Product> second = products.find(42);

            assertThat(first.outcome()).isEqualTo(CacheOutcome.MISS);
            assertThat(second.outcome()).isEqualTo(CacheOutcome.HIT);
            assertThat(second.value()).isEqualTo(first.value()).isEqualTo(Store.database().findById(42));
            assertThat(database.reads()).isEqualTo(1);
        }
    }

    @Test
    default void anUnknownProductIsNotFoundAndNotCached(RedisServer redis, MemcachedServer memcached) throws Exception {
        ProductDatabase database = Store.database();
        try (Connection store = connect(redis, memcached)) {
            CachedProducts products = new CachedProducts(store.cache(), store.keys(), database, Duration.ofSeconds(60));

            assertThat(products.find(5_000).value()).isEmpty();

            assertThat(store.cache().get(store.keys().product(5_000))).isEmpty();
        }
    }

    @Test
    default void withTheCacheDownTheDatabaseAnswersMarkedBypass(Servers servers) throws Exception {
        ProductDatabase database = Store.database();
        try (Connection store = connectToDeadServer(servers)) {
            CachedProducts products = new CachedProducts(store.cache(), store.keys(), database, Duration.ofSeconds(60));

            Lookup<Product> lookup = products.find(42);

            assertThat(lookup).isEqualTo(new Lookup<>(Store.database().findById(42), CacheOutcome.BYPASS));
        }
    }

    @Test
    default void theApiSaysWhatTheCacheDid(RedisServer redis, MemcachedServer memcached) throws Exception {
        try (Connection store = connect(redis, memcached)) {
            CachedProducts products = new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60));
            JavalinTest.test(CatalogApi.create(CatalogApi.Parts.of(products)), (server, http) -> {
                var first = http.get("/products/42");
                assertThat(first.code()).as("first GET /products/42 answered: %s", first.body().string()).isEqualTo(200);
                assertThat(first.headers().get("X-Cache")).containsExactly("MISS");
                assertThat(http.get("/products/42").headers().get("X-Cache")).containsExactly("HIT");
                assertThat(http.get("/products/5000").code()).isEqualTo(404);
            });
        }
    }
}

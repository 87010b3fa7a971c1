package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;

/** Search results under a canonical key, the same on every store: the tests of exercise 4.7. */
interface CachedSearchContract extends Store {

    @Test
    default void oneQuerySpelledManyWaysIsOneEntry(RedisServer redis, MemcachedServer memcached) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        try (Connection store = connect(redis, memcached)) {
            CachedSearch search = new CachedSearch(store.cache(), store.keys(), origin, Duration.ofSeconds(10));

            var first = search.search(Map.of("q", "Product 1", "category", "Kitchen"));
            var reordered = search.search(Map.of("category", "kitchen", "q", "product 1"));
            var spaced = search.search(Map.of("q", "  product   1 ", "category", "KITCHEN", "sort", ""));

            assertThat(origin.calls()).as("searches run for three spellings of one query").isEqualTo(1);
            assertThat(reordered.outcome()).isEqualTo(CacheOutcome.HIT);
            assertThat(spaced.value()).isEqualTo(first.value());
            assertThat(first.value().orElseThrow()).isNotEmpty().allSatisfy(product -> assertThat(product.name()).endsWith(" kitchen"));
        }
    }

    @Test
    default void differentQueriesAreDifferentEntries(RedisServer redis, MemcachedServer memcached) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        try (Connection store = connect(redis, memcached)) {
            CachedSearch search = new CachedSearch(store.cache(), store.keys(), origin, Duration.ofSeconds(10));

            search.search(Map.of("q", "product", "sort", "price"));
            search.search(Map.of("q", "product", "sort", "name"));

            assertThat(origin.calls()).isEqualTo(2);
        }
    }

    @Test
    default void theApiCachesASearchWhateverTheParametersOrder(RedisServer redis, MemcachedServer memcached) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        try (Connection store = connect(redis, memcached)) {
            CachedSearch search = new CachedSearch(store.cache(), store.keys(), origin, Duration.ofSeconds(10));
            assertThat(CachedSearch.canonical(Map.of("Q", " Cup ", "sort", "Price"))).isEqualTo("q=cup&sort=price");
            CatalogApi.Parts parts = CatalogApi.Parts.of(new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60)))
                    .withSearch(search);
            JavalinTest.test(CatalogApi.create(parts), (server, http) -> {
                assertThat(http.get("/search?q=Product&category=Garden&maxPrice=5000").headers().get("X-Cache")).containsExactly("MISS");
                assertThat(http.get("/search?maxprice=5000&CATEGORY=garden&q=product").headers().get("X-Cache")).containsExactly("HIT");
                assertThat(http.get("/search?q=x&color=red").code()).as("an unknown parameter").isEqualTo(400);
                assertThat(origin.calls()).isEqualTo(1);

                // Spaces around values are tidied before the search sees them: same answer, same entry.
                var spaced = http.get("/search?maxPrice=+4000+&category=+office+");
                assertThat(spaced.code()).as("a search with spaces around its values answered: %s", spaced.body().string()).isEqualTo(200);
                assertThat(http.get("/search?category=office&maxPrice=4000").headers().get("X-Cache")).containsExactly("HIT");
                assertThat(origin.calls()).isEqualTo(2);
            });
        }
    }
}

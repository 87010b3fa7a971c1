package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.servers.Servers;

/** Cache-aside through the port, the same on every store: the tests of exercise 4.2. */
interface CachedProductsContract extends Store {

    @Test
    default void asksTheDatabaseOnceAndThenAnswersFromTheCache(Connection store) throws Exception {
        ProductDatabase database = Store.database();
        CachedProducts products = new CachedProducts(store.cache(), store.keys(), database, Duration.ofSeconds(60));

        Lookup<Product> first = products.find(42);
        Lookup<Product> second = products.find(42);

        assertThat(first.outcome()).as("4.2: the first find must be a MISS").isEqualTo(CacheOutcome.MISS);
        assertThat(second.outcome()).as("4.2 must fill the cache on a miss, so the second find is a HIT").isEqualTo(CacheOutcome.HIT);
        assertThat(second.value()).as("4.2: the product found, from the cache and from the database")
                .isEqualTo(first.value()).isEqualTo(Store.database().findById(42));
        assertThat(database.calls()).as("4.2 must read the database once for two finds: database reads").isEqualTo(1);
    }

    @Test
    default void anUnknownProductIsNotFoundAndNotCached(Connection store) throws Exception {
        ProductDatabase database = Store.database();
        CachedProducts products = new CachedProducts(store.cache(), store.keys(), database, Duration.ofSeconds(60));

        assertThat(products.find(5_000).value()).as("4.2: find of an unknown product must be empty").isEmpty();

        assertThat(store.cache().get(store.keys().product(5_000))).as("4.2 must cache nothing for a product that does not exist:"
                + " what the cache holds for it").isEmpty();
    }

    @Test
    default void withTheCacheDownTheDatabaseAnswersMarkedBypass(Servers servers) throws Exception {
        ProductDatabase database = Store.database();
        try (Connection store = connectToDeadServer(servers)) {
            CachedProducts products = new CachedProducts(store.cache(), store.keys(), database, Duration.ofSeconds(60));

            Lookup<Product> lookup = Store.noException(() -> products.find(42),
                    "4.2 must answer from the database, marked BYPASS, when the cache throws CacheUnavailableException");

            assertThat(lookup).as("4.2 must answer from the database, marked BYPASS, when the cache throws CacheUnavailableException")
                    .isEqualTo(new Lookup<>(Store.database().findById(42), CacheOutcome.BYPASS));
        }
    }

    @Test
    default void theApiSaysWhatTheCacheDid(Connection store) throws Exception {
        CachedProducts products = new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60));
        JavalinTest.test(CatalogApi.create(CatalogApi.Collaborators.of(products)), (server, http) -> {
            var first = http.get("/products/42");
            assertThat(first.code()).as("4.2: GET /products/42 must answer 200; it answered: %s", first.body().string()).isEqualTo(200);
            assertThat(first.headers().get("X-Cache")).as("4.2: X-Cache of the first GET").containsExactly("MISS");
            assertThat(http.get("/products/42").headers().get("X-Cache")).as("4.2: X-Cache of the second GET").containsExactly("HIT");
            assertThat(http.get("/products/5000").code()).as("4.2: GET of an unknown product").isEqualTo(404);
        });
    }

    /** The store answered the read, then failed the fill: the reader still gets its product. */
    @Test
    default void aFillThatFailsStillAnswersFromTheDatabase(Connection store) throws Exception {
        CachedProducts products = new CachedProducts(new ReadOnlyCache(store.cache()), store.keys(), Store.database(), Duration.ofSeconds(60));

        Lookup<Product> lookup = Store.noException(() -> products.find(42), "4.2 must answer from the database when filling the"
                + " cache fails (catch CacheUnavailableException around the fill too)");

        assertThat(lookup).as("4.2 must answer from the database when filling the cache fails (catch CacheUnavailableException"
                + " around the fill too): the lookup").isEqualTo(new Lookup<>(Store.database().findById(42), CacheOutcome.MISS));
    }

    /** An old format, a bug elsewhere: what the cache holds is not a product's JSON. */
    @Test
    default void anUnreadableCachedValueIsAMissAndIsReplaced(Connection store) throws Exception {
        CachedProducts products = new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60));
        products.find(42);
        store.cache().put(store.keys().product(42), "{not a product", Duration.ofSeconds(60));

        Lookup<Product> lookup = Store.noException(() -> products.find(42),
                "4.2 must treat a cached value that does not parse as a miss, never an error (a 500)");

        assertThat(lookup).as("4.2 must treat a cached value that does not parse as a miss, never an error")
                .isEqualTo(new Lookup<>(Store.database().findById(42), CacheOutcome.MISS));
        assertThat(products.find(42).outcome()).as("4.2 must replace the unreadable value: the next find").isEqualTo(CacheOutcome.HIT);
    }
}

package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.testing.JsonBody;
import workshop.support.time.MutableClock;

/** Negative caching on a real Redis: what the database sees of unknown ids, and what the cache keeps of them. */
@RealServers
@DisplayName("Exercise 4.9: Negative caching, briefly")
@TestMethodOrder(OrderAnnotation.class)
class NegativeCachingTest {

    private static final long UNKNOWN = 5_000;
    private static final Duration NEGATIVE_TTL = Duration.ofSeconds(2);

    /** 4.9 over 4.2's cache-aside (products cached a minute), as every test here builds it. */
    private static NegativeCachedProducts negativeCached(Cache cache, CacheKeys keys, ProductDatabase database) {
        return new NegativeCachedProducts(new CachedProducts(cache, keys, database, Duration.ofSeconds(60)), cache, keys, NEGATIVE_TTL);
    }

    private static CacheKeys freshKeys(RedisServer redis) {
        return new CacheKeys(redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":");
    }

    @Test
    @Order(1)
    void unknownIdsStopReachingTheDatabase(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            CacheKeys keys = freshKeys(redis);
            ProductDatabase database = Store.database();
            Cache cache = new RedisCache(client);
            NegativeCachedProducts products = negativeCached(cache, keys, database);

            Lookup<Product> first = products.find(UNKNOWN);
            for (int i = 0; i < 9; i++) {
                products.find(UNKNOWN);
            }
            Lookup<Product> last = products.find(UNKNOWN);

            assertThat(first.value()).as("4.9: an unknown product must be not found").isEmpty();
            assertThat(last).as("4.9 must answer a product known to be missing from the cache: not found, X-Cache HIT")
                    .isEqualTo(new Lookup<>(java.util.Optional.empty(), CacheOutcome.HIT));
            assertThat(database.calls()).as("4.9 must remember \"not found\": database reads for eleven lookups of one unknown id")
                    .isEqualTo(1);

            ProductDatabase without = Store.database();
            CachedProducts plain = new CachedProducts(cache, freshKeys(redis), without, Duration.ofSeconds(60));
            for (int i = 0; i < 11; i++) {
                plain.find(UNKNOWN);
            }
            assertThat(without.calls()).as("before 4.9 (cache-aside alone, 4.2): database reads for the same eleven lookups")
                    .isEqualTo(11);
        }
    }

    @Test
    @Order(2)
    void aNegativeEntryLivesOnlyItsShortTtl(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            CacheKeys keys = freshKeys(redis);
            Cache cache = new RedisCache(client);
            NegativeCachedProducts products = negativeCached(cache, keys, Store.database());

            products.find(UNKNOWN);

            long pttl = client.pttl(keys.missingProduct(UNKNOWN));
            assertThat(pttl).as("4.9 must keep \"not found\" under keys.missingProduct(id), with the short negative TTL (%d ms),"
                    + " not the products' minute (a product created elsewhere stays invisible that long): its TTL in ms"
                    + " (-2: no such key, -1: no TTL)", NEGATIVE_TTL.toMillis()).isBetween(1L, NEGATIVE_TTL.toMillis());
        }
    }

    @Test
    @Order(3)
    void aProductCreatedAfterALookupIsFoundAtOnce(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            CacheKeys keys = freshKeys(redis);
            Cache cache = new RedisCache(client);
            NegativeCachedProducts products = negativeCached(cache, keys, Store.database());
            products.find(UNKNOWN);

            Product created = new Product(UNKNOWN, "Teapot", 2_500);
            products.update(created);

            assertThat(products.find(UNKNOWN).value()).as("4.9 must forget \"not found\" when the product is created: a find"
                    + " right after the write that created it").contains(created);
        }
    }

    @Test
    @Order(4)
    void aFailedDatabaseReadIsNotRememberedAsNotFound(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            CacheKeys keys = freshKeys(redis);
            ProductDatabase database = Store.database();
            Cache cache = new RedisCache(client);
            NegativeCachedProducts products = negativeCached(cache, keys, database);

            database.goDown();
            Throwable failure = Store.thrown(() -> products.find(7));
            database.recover();

            assertThat(failure).as("4.9 must let a failed database read fail (an error is not \"not found\"; the API answers it"
                    + " as an error, which no cache keeps)").isNotNull();
            assertThat(products.find(7).value()).as("4.9 must never remember a failed database read as \"not found\": product 7"
                    + " once the database is back").isPresent();
        }
    }

    @Test
    @Order(5)
    void withTheCacheDownTheDatabaseAnswersMarkedBypass(Servers servers) {
        RedisServer doomed = servers.redis(RedisConfig.defaults());
        try (RedisClient client = doomed.newClient()) {
            doomed.kill();
            CacheKeys keys = new CacheKeys("");
            ProductDatabase database = Store.database();
            Cache cache = new RedisCache(client);
            NegativeCachedProducts products = negativeCached(cache, keys, database);

            Lookup<Product> lookup = Store.noException(() -> products.find(42),
                    "4.9 must answer from the database, marked BYPASS, when the cache is down (CacheUnavailableException)");

            assertThat(lookup).as("4.9 must answer from the database, marked BYPASS, when the cache is down")
                    .isEqualTo(new Lookup<>(Store.database().findById(42), CacheOutcome.BYPASS));

            // The same through the API, as the app wires it: a known id is served, an unknown one is a 404, never a 500.
            CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(new CachedProducts(cache, keys, database,
                    Duration.ofSeconds(60))).withNegativeCaching(products);
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                var known = http.get("/products/42");
                assertThat(known.code()).as("4.9 through the API, the cache down: GET /products/42; it answered %s",
                        known.body().string()).isEqualTo(200);
                assertThat(known.headers().get("X-Cache")).as("4.9 through the API, the cache down: X-Cache").containsExactly("BYPASS");
                var unknown = http.get("/products/" + UNKNOWN);
                assertThat(unknown.code()).as("4.9 through the API, the cache down: GET /products/%d (unknown); it answered %s",
                        UNKNOWN, unknown.body().string()).isEqualTo(404);
            });
        }
    }

    @Test
    @Order(6)
    void throughTheApiUnknownIdsStopReachingTheDatabase(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            CacheKeys keys = freshKeys(redis);
            Cache cache = new RedisCache(client);
            ProductDatabase database = Store.database();
            CachedProducts products = new CachedProducts(cache, keys, database, Duration.ofSeconds(60));
            // A minute, not NEGATIVE_TTL: ten requests on a busy machine must not outlive the negative entry.
            NegativeCachedProducts negative = new NegativeCachedProducts(products, cache, keys, Duration.ofMinutes(1));
            CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(products).withNegativeCaching(negative)
                    .withResponses(ResponseCache.rendering(negative::find, Duration.ofMinutes(1), MutableClock.atEpoch()));
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                for (int i = 0; i < 10; i++) {
                    var response = http.get("/products/" + UNKNOWN);
                    String body = response.body().string();
                    assertThat(response.code()).as("4.9 through the API: GET /products/%d (unknown) must answer 404; it"
                            + " answered %s", UNKNOWN, body).isEqualTo(404);
                    assertThat(JsonBody.parse(body).get("error").asText()).as("4.9 through the API: the 404's JSON error")
                            .isEqualTo("no product with id " + UNKNOWN);
                }
                assertThat(database.calls()).as("4.9 through the API: database reads for 10 GETs of an unknown id (without"
                        + " negative caching, 10: see theSameTenRequestsWithoutNegativeCaching)").isEqualTo(1);

                assertThat(http.put("/products/" + UNKNOWN, "{\"name\":\"New mug\",\"priceCents\":900}").code())
                        .as("4.9 through the API: PUT of the unknown id").isEqualTo(200);
                var created = http.get("/products/" + UNKNOWN);
                assertThat(created.code()).as("4.9 through the API: a product created by a PUT must be found at once, not"
                        + " \"not found\" until the negative entry ends; it answered %s", created.body().string()).isEqualTo(200);
            });
        }
    }

    /** The "before": the API without 4.9 (cache-aside stores only what it found). Given code and 4.2 only. */
    @Test
    @Order(7)
    void theSameTenRequestsWithoutNegativeCaching(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ProductDatabase database = Store.database();
            CachedProducts products = new CachedProducts(new RedisCache(client), freshKeys(redis), database, Duration.ofSeconds(60));
            NegativeCachedProducts negative = new NegativeCachedProducts(products, new RedisCache(client), freshKeys(redis),
                    NEGATIVE_TTL);
            assertThat(negative.find(1).value()).as("4.9: product 1 exists").isPresent(); // on the stubs: names 4.9
            long before = database.calls();
            CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(products)
                    .withResponses(ResponseCache.of(products, Duration.ofMinutes(1), MutableClock.atEpoch()));
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                for (int i = 0; i < 10; i++) {
                    assertThat(http.get("/products/" + UNKNOWN).code()).as("GET /products/%d without 4.9", UNKNOWN).isEqualTo(404);
                }
                assertThat(database.calls() - before).as("database reads for 10 GETs of an unknown id without negative"
                        + " caching: every one").isEqualTo(10);
            });
        }
    }

    /** The store answered the reads, then failed the writes: neither the lookup nor the product's creation may fail for it. */
    @Test
    @Order(8)
    void aCacheThatFailsItsWritesFailsNeitherTheLookupNorTheWrite(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            CacheKeys keys = freshKeys(redis);
            Cache cache = new ReadOnlyCache(new RedisCache(client));
            NegativeCachedProducts products = negativeCached(cache, keys, Store.database());

            Lookup<Product> lookup = Store.noException(() -> products.find(UNKNOWN), "4.9 must answer \"not found\" when"
                    + " remembering it fails (catch CacheUnavailableException around the negative entry's write too)");
            assertThat(lookup.value()).as("4.9: an unknown product, with the cache failing its writes").isEmpty();

            Store.noException(() -> {
                products.update(new Product(UNKNOWN, "Teapot", 2_500));
                return null;
            }, "4.9 must let the write that creates a product succeed when forgetting \"not found\" fails (catch"
                    + " CacheUnavailableException around that delete: the negative entry ends with its short TTL)");
        }
    }
}

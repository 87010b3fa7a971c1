package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;
import workshop.support.testing.JsonBody;

@RealServers
@DisplayName("Exercise 2.1: Strings with TTL, cache-aside")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the TTL first: a TTL of 60 ms instead of 60 s fails the others by chance
class ProductCacheTest {

    @Test
    void aMissAsksTheDatabaseAndAHitDoesNot(RedisServer redis) {
        ProductDatabase database = Fixtures.database();
        try (RedisClient client = redis.newClient()) {
            ProductCache cache = new ProductCache(client, Fixtures.freshKeys(redis), Duration.ofSeconds(60));

            ProductCache.Lookup first = cache.find(42, database);
            ProductCache.Lookup second = cache.find(42, database);

            assertThat(first).as("2.1: the first find of product 42 is a miss, answered by the database")
                    .isEqualTo(new ProductCache.Lookup(Optional.of(Fixtures.product(42)), false));
            assertThat(second).as("2.1 must answer the second find of product 42 from Redis, a hit")
                    .isEqualTo(new ProductCache.Lookup(Optional.of(Fixtures.product(42)), true));
            assertThat(database.calls()).as("2.1: database calls for two finds of one product").isEqualTo(1);
        }
    }

    @Test
    @Order(1)
    void theCachedCopyIsTheProductsJsonWithATimeToLive(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductCache cache = new ProductCache(client, keys, Duration.ofSeconds(60));

            cache.find(42, Fixtures.database());

            assertThat(client.get(keys.product(42))).as("2.1 must store the product's JSON under keys.product(42)")
                    .isEqualTo(ProductJson.write(Fixtures.product(42)));
            assertThat(client.pttl(keys.product(42))).as("2.1 must store the copy with its time to live (PX), in"
                    + " milliseconds: PTTL of a copy cached with a 60 s TTL, in ms (-1: no TTL, the copy would never expire;"
                    + " about 60: PX given seconds)").isBetween(50_000L, 60_000L);
            assertThat(cache.remainingTimeToLive(42)).as("2.1: remainingTimeToLive of a cached product").hasValueSatisfying(left ->
                    assertThat(left).as("2.1 must tell the time left from PTTL, in milliseconds (TTL answers seconds):"
                            + " remainingTimeToLive of a copy cached for 60 s").isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60)));
            assertThat(cache.remainingTimeToLive(43)).as("a product never cached").isEmpty();
        }
    }

    @Test
    void storesTheCopyAndItsTimeToLiveInOneSet(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            ProductCache cache = new ProductCache(client, Fixtures.freshKeys(redis), Duration.ofSeconds(60));
            client.ping();
            proxy.reset();

            cache.find(42, Fixtures.database());

            Traffic traffic = proxy.traffic();
            assertThat(traffic.commands("EXPIRE") + traffic.commands("PEXPIRE"))
                    .as("2.1 must store the copy and its TTL in one SET ... PX (atomic: a crash between SET and EXPIRE leaves"
                            + " a copy that never expires): saw %s", traffic).isZero();
            assertThat(traffic.commands("SET")).as("2.1 must store a miss with one SET: saw %s", traffic).isEqualTo(1);
        }
    }

    @Test
    void anUnknownProductIsNotCached(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductCache cache = new ProductCache(client, keys, Duration.ofSeconds(60));

            assertThat(cache.find(Fixtures.UNKNOWN_ID, Fixtures.database()).product()).as("2.1: a product the database does not have").isEmpty();

            assertThat(client.exists(keys.product(Fixtures.UNKNOWN_ID))).as("2.1 must not cache a product the database"
                    + " does not have").isFalse();
        }
    }

    @Test
    void redisForgetsTheCopyWhenItsTimeToLiveRunsOut(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        ProductDatabase database = Fixtures.database();
        try (RedisClient client = redis.newClient()) {
            ProductCache cache = new ProductCache(client, keys, Duration.ofSeconds(2));
            cache.find(7, database);
            assertThat(cache.find(7, database).hit()).as("2.1: the second find of product 7 is a hit").isTrue();

            // Redis expires the key itself: wait for the server, not for a guessed sleep.
            await().alias("2.1: Redis deletes the copy of product 7 once its 2 s TTL runs out").atMost(Duration.ofSeconds(5))
                    .until(() -> !client.exists(keys.product(7)));

            assertThat(cache.find(7, database).hit()).as("2.1: the read after expiry is a miss").isFalse();
            assertThat(database.calls()).as("2.1: database calls, before and after expiry").isEqualTo(2);
        }
    }

    @Test
    void theApiAnswersMissThenHit(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ProductDatabase database = Fixtures.database();
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, Fixtures.freshKeys(redis), database, Optional.empty())), (server, http) -> {
                var first = http.get("/products/42");
                assertThat(first.code()).as("first GET /products/42 answered: %s", first.body().string()).isEqualTo(200);
                assertThat(first.headers().get("X-Cache")).as("2.1: the first GET /products/42 is a miss: X-Cache").containsExactly("MISS");
                assertThat(http.get("/products/42").headers().get("X-Cache")).as("2.1 must answer the second GET /products/42"
                        + " from Redis (a hit): X-Cache").containsExactly("HIT");
                assertThat(database.calls()).as("2.1: database calls for two GETs of one product").isEqualTo(1);
            });
        }
    }

    @Test
    void withRedisDownTheApiStillAnswersFromTheDatabaseMarkedBypass(Servers servers) {
        RedisServer doomed = servers.redis(RedisConfig.defaults());
        try (RedisClient client = doomed.newClient()) {
            doomed.kill();
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, Fixtures.freshKeys(doomed), Fixtures.database(), Optional.empty())), (server, http) -> {
                var response = http.get("/products/42");

                assertThat(response.code()).as("GET /products/42 with Redis down answered: %s", response.body().string()).isEqualTo(200);
                assertThat(response.headers().get("X-Cache")).as("2.1: with Redis down the API answers from the database: X-Cache").containsExactly("BYPASS");
                assertThat(JsonBody.parse(response.body().string()).get("id").asLong()).as("2.1: the product answered with Redis down").isEqualTo(42);
            });
        }
    }
}

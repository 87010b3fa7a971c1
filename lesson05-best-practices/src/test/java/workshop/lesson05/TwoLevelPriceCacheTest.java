package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.testing.JsonBody;
import workshop.support.time.MutableClock;

/**
 * Two app instances (two clients, two caches) on one Redis. Local expiry runs on a clock the test moves; pub/sub
 * messages travel for real, so their arrival is waited for with Awaitility.
 */
@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.9: A two-level cache, kept coherent by pub/sub")
class TwoLevelPriceCacheTest {

    private static final Duration REDIS_TTL = Duration.ofMinutes(10);
    private static final Duration LOCAL_TTL = Duration.ofSeconds(5);
    private static final Duration MESSAGE_DELIVERY = Duration.ofSeconds(5);
    private static final String OLD_PRICE = Fixtures.instantOrigin().price(1);
    private static final long NEW_PRICE_CENTS = 12_000;
    private static final String NEW_PRICE = Long.toString(NEW_PRICE_CENTS);

    private final MutableClock clock = MutableClock.atEpoch();
    private final PriceService origin = Fixtures.instantOrigin();

    @Test
    @Order(1)
    void aMissFillsBothLevelsAndTheNextReadNeverLeavesTheJvm(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient();
             TwoLevelPriceCache cache = new TwoLevelPriceCache(client, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {

            assertThat(cache.price(1)).as("5.9: the first read of price 1").isEqualTo(OLD_PRICE);
            assertThat(client.get(keys.price(1))).as("5.9 must store what the origin answered in Redis too: the Redis copy")
                    .isEqualTo(OLD_PRICE);
            assertThat(client.pttl(keys.price(1))).as("5.9 must store the Redis copy with redisTtl (%s): its PTTL, ms", REDIS_TTL)
                    .isBetween(REDIS_TTL.minusMinutes(1).toMillis(), REDIS_TTL.toMillis());

            client.del(keys.price(1)); // behind the cache's back: a read that went to Redis would now miss
            assertThat(cache.price(1)).as("5.9: the second read of price 1").isEqualTo(OLD_PRICE);
            assertThat(origin.calls()).as("5.9 must answer a second read from its local copy, without Redis: origin calls "
                    + "for two reads (the Redis copy was deleted in between)").isEqualTo(1);
            assertThat(client.exists(keys.price(1))).as("5.9 must answer a second read from its local copy: the second read "
                    + "went to Redis and refilled it").isFalse();
        }
    }

    @Test
    @Order(2)
    void aSecondInstanceFindsTheRedisCopy(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             TwoLevelPriceCache a = new TwoLevelPriceCache(clientA, keys, origin, REDIS_TTL, LOCAL_TTL, clock);
             TwoLevelPriceCache b = new TwoLevelPriceCache(clientB, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {

            assertThat(a.price(1)).as("5.9: a read on instance A").isEqualTo(OLD_PRICE);
            assertThat(b.price(1)).as("5.9: a read on instance B").isEqualTo(OLD_PRICE);

            assertThat(origin.calls()).as("5.9 must look in Redis before the origin (instance B finds A's copy): origin "
                    + "calls for a read on each instance").isEqualTo(1);
        }
    }

    @Test
    @Order(6)
    void aWriteOnOneInstanceReachesTheOtherOverPubSub(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             TwoLevelPriceCache a = new TwoLevelPriceCache(clientA, keys, origin, REDIS_TTL, LOCAL_TTL, clock);
             TwoLevelPriceCache b = new TwoLevelPriceCache(clientB, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            a.price(1);
            b.price(1);

            origin.change(1, NEW_PRICE_CENTS);
            a.invalidate(1);

            assertThat(a.price(1)).as("5.9: the writer must read its own write at once (drop its own local copy)").isEqualTo(NEW_PRICE);
            await().alias("5.9: a write on instance A must reach instance B: A PUBLISHes the id on "
                    + "keys.priceInvalidations(), B's onInvalidation drops its local copy")
                    .atMost(MESSAGE_DELIVERY).until(() -> b.price(1), equalTo(NEW_PRICE)); // the clock stands still
        }
    }

    @Test
    @Order(5)
    void aWriteDeletesTheRedisCopyBeforeItTellsTheOthers(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (WatchedRedis watched = new WatchedRedis(redis);
             TwoLevelPriceCache a = new TwoLevelPriceCache(watched.client(), keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            a.price(1);
            watched.forget();

            a.invalidate(1);

            assertThat(watched.names()).as("5.9 invalidate must DEL the Redis copy before it PUBLISHes: an instance that "
                    + "drops its copy on the message would otherwise refill it from the old Redis copy; it sent %s",
                    watched.sent()).containsExactly("DEL", "PUBLISH");
        }
    }

    @Test
    @Order(4)
    void aLostMessageLeavesAStaleCopyForAtMostTheLocalTtl(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient();
             TwoLevelPriceCache b = new TwoLevelPriceCache(client, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            b.price(1);

            origin.change(1, NEW_PRICE_CENTS);
            client.del(keys.price(1)); // a writer that deleted the Redis copy, and whose message never arrived

            assertThat(b.price(1)).as("5.9: right after a write whose message was lost, the local copy (stale)").isEqualTo(OLD_PRICE);
            clock.advance(LOCAL_TTL.minusMillis(1));
            assertThat(b.price(1)).as("5.9: 1 ms before the local TTL, the local copy (stale)").isEqualTo(OLD_PRICE);
            clock.advance(Duration.ofMillis(1));
            assertThat(b.price(1)).as("5.9 must expire a local copy exactly localTtl after it was written (expireAfterWrite), "
                    + "on the clock it was given (a ticker): at the local TTL, it still served").isEqualTo(NEW_PRICE);
        }
    }

    @Test
    @Order(7)
    void aStrayMessageOnTheChannelDoesNotStopTheListening(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             TwoLevelPriceCache a = new TwoLevelPriceCache(clientA, keys, origin, REDIS_TTL, LOCAL_TTL, clock);
             TwoLevelPriceCache b = new TwoLevelPriceCache(clientB, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            b.price(1);

            clientA.publish(keys.priceInvalidations(), "not a product id");
            origin.change(1, NEW_PRICE_CENTS);
            a.invalidate(1);

            await().alias("5.9: a message that is not a product id must be ignored, and the next one still heard")
                    .atMost(MESSAGE_DELIVERY).until(() -> b.price(1), equalTo(NEW_PRICE));
        }
    }

    @Test
    @Order(8)
    void afterRedisCameBackEveryLocalCopyIsForgotten(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults()); // one of its own: this test kills it
        Keys keys = new Keys(redis.namespace());
        try (RedisClient client = redis.newClient();
             TwoLevelPriceCache b = new TwoLevelPriceCache(client, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            b.price(1);

            redis.kill(); // b's subscription drops; a write now could not tell anyone
            origin.change(1, NEW_PRICE_CENTS);
            redis.start(); // back, and empty

            // The clock stands still: only forgetting everything on resubscribing can show the new price.
            await().alias("5.9 must forget every local copy when the subscription comes back (onResubscribed): "
                    + "invalidations sent meanwhile were lost").atMost(MESSAGE_DELIVERY).ignoreExceptions()
                    .until(() -> b.price(1), equalTo(NEW_PRICE));
        }
    }

    @Test
    @Order(3)
    void theLocalLevelIsBoundedInSizeAndInTime() {
        var local = TwoLevelPriceCache.newLocalCache(LOCAL_TTL, clock);

        assertThat(local.policy().eviction()).as("5.9 must bound the local level in size (maximumSize(LOCAL_MAXIMUM_SIZE)): "
                + "local memory is the scarcest; a size bound")
                .hasValueSatisfying(eviction -> assertThat(eviction.getMaximum()).isEqualTo(TwoLevelPriceCache.LOCAL_MAXIMUM_SIZE));
        assertThat(local.policy().expireAfterWrite()).as("5.9 must expire a local copy localTtl after it was written "
                + "(expireAfterWrite; after access, a hot copy would never expire): an expiry after write")
                .hasValueSatisfying(expiry -> assertThat(expiry.getExpiresAfter()).isEqualTo(LOCAL_TTL));
    }

    @Test
    @Order(9)
    void throughTheApiAWriteOnOneInstanceIsReadOnTheOther(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             TwoLevelPriceCache a = new TwoLevelPriceCache(clientA, keys, origin, REDIS_TTL, LOCAL_TTL, clock);
             TwoLevelPriceCache b = new TwoLevelPriceCache(clientB, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, a, clientA)), (serverA, httpA) ->
                    JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, b, clientB)), (serverB, httpB) -> {
                        assertThat(JsonBody.parse(httpB.get("/prices/1").body().string()).get("priceCents").asText())
                                .as("5.9: GET /prices/1 on instance B").isEqualTo(OLD_PRICE);

                        assertThat(httpA.put("/prices/1", "{\"priceCents\": " + NEW_PRICE_CENTS + "}").code())
                                .as("5.9: PUT /prices/1 on instance A").isEqualTo(200);

                        await().alias("5.9: a PUT on instance A must be read by a GET on instance B, once A's PUBLISH reaches B")
                                .atMost(MESSAGE_DELIVERY).until(() ->
                                JsonBody.parse(httpB.get("/prices/1").body().string()).get("priceCents").asText(), equalTo(NEW_PRICE));
                    }));
        }
    }

    @Test
    @Order(10)
    void withRedisDownAWriteIsStillReadBackOnTheInstanceThatMadeIt(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults()); // one of its own: this test kills it
        try (RedisClient client = redis.newClient();
             TwoLevelPriceCache cache = new TwoLevelPriceCache(client, new Keys(redis.namespace()), origin, REDIS_TTL, LOCAL_TTL, clock)) {
            JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, cache, client)), (server, http) -> {
                assertThat(JsonBody.parse(http.get("/prices/1").body().string()).get("priceCents").asText())
                        .as("5.9: GET /prices/1 with Redis up").isEqualTo(OLD_PRICE);

                redis.kill();
                assertThat(http.put("/prices/1", "{\"priceCents\": " + NEW_PRICE_CENTS + "}").code())
                        .as("5.9: PUT /prices/1 with Redis down").isEqualTo(200);

                // Its local copy must be gone, Redis or not: the pricing engine answers (BYPASS), with the new price.
                assertThat(JsonBody.parse(http.get("/prices/1").body().string()).get("priceCents").asText())
                        .as("5.9 invalidate must drop this instance's local copy even when Redis fails (the DEL throws: drop "
                                + "it in a finally), so the instance that wrote reads its own write; with Redis down it "
                                + "still served the old price instead of %s", NEW_PRICE).isEqualTo(NEW_PRICE);
            });
        }
    }

    @Nested
    @DisplayName("Exercise 5.9: the same contract as 5.11's tracked cache")
    class TheContractOfEveryTwoLevelCache extends TwoLevelContract {

        @Override
        String exercise() {
            return "5.9";
        }

        @Override
        PriceCache newCache(RedisClient client, Keys keys, PriceSource origin) {
            return new TwoLevelPriceCache(client, keys, origin, REDIS_TTL, LOCAL_TTL, clock);
        }
    }
}

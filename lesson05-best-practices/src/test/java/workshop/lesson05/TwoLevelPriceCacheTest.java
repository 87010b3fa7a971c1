package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.time.MutableClock;

/**
 * Two app instances (two clients, two caches) on one Redis. Local expiry runs on a clock the test moves; pub/sub
 * messages travel for real, so their arrival is waited for with Awaitility.
 */
@RealServers
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
    void aMissFillsBothLevelsAndTheNextReadNeverLeavesTheJvm(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient();
             TwoLevelPriceCache cache = new TwoLevelPriceCache(client, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {

            assertThat(cache.price(1)).isEqualTo(OLD_PRICE);
            assertThat(client.get(keys.price(1))).as("the Redis copy").isEqualTo(OLD_PRICE);
            assertThat(client.pttl(keys.price(1))).as("its TTL, ms").isBetween(1L, REDIS_TTL.toMillis());

            client.del(keys.price(1)); // behind the cache's back: a read that went to Redis would now miss
            assertThat(cache.price(1)).as("the second read").isEqualTo(OLD_PRICE);
            assertThat(origin.calls()).as("origin calls").isEqualTo(1);
            assertThat(client.exists(keys.price(1))).as("Redis refilled by the second read").isFalse();
        }
    }

    @Test
    void aSecondInstanceFindsTheRedisCopy(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             TwoLevelPriceCache a = new TwoLevelPriceCache(clientA, keys, origin, REDIS_TTL, LOCAL_TTL, clock);
             TwoLevelPriceCache b = new TwoLevelPriceCache(clientB, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {

            assertThat(a.price(1)).isEqualTo(OLD_PRICE);
            assertThat(b.price(1)).isEqualTo(OLD_PRICE);

            assertThat(origin.calls()).as("origin calls for a read on each instance").isEqualTo(1);
        }
    }

    @Test
    void aWriteOnOneInstanceReachesTheOtherOverPubSub(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             TwoLevelPriceCache a = new TwoLevelPriceCache(clientA, keys, origin, REDIS_TTL, LOCAL_TTL, clock);
             TwoLevelPriceCache b = new TwoLevelPriceCache(clientB, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            a.price(1);
            b.price(1);

            origin.change(1, NEW_PRICE_CENTS);
            a.invalidate(1);

            assertThat(a.price(1)).as("the writer reads its own write at once").isEqualTo(NEW_PRICE);
            await().atMost(MESSAGE_DELIVERY).until(() -> b.price(1), equalTo(NEW_PRICE)); // the clock stands still
        }
    }

    @Test
    void aLostMessageLeavesAStaleCopyForAtMostTheLocalTtl(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient();
             TwoLevelPriceCache b = new TwoLevelPriceCache(client, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            b.price(1);

            origin.change(1, NEW_PRICE_CENTS);
            client.del(keys.price(1)); // a writer that deleted the Redis copy, and whose message never arrived

            assertThat(b.price(1)).as("right after the write").isEqualTo(OLD_PRICE);
            clock.advance(LOCAL_TTL.minusMillis(1));
            assertThat(b.price(1)).as("1 ms before the local TTL").isEqualTo(OLD_PRICE);
            clock.advance(Duration.ofMillis(1));
            assertThat(b.price(1)).as("at the local TTL").isEqualTo(NEW_PRICE);
        }
    }

    @Test
    void aStrayMessageOnTheChannelDoesNotStopTheListening(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             TwoLevelPriceCache a = new TwoLevelPriceCache(clientA, keys, origin, REDIS_TTL, LOCAL_TTL, clock);
             TwoLevelPriceCache b = new TwoLevelPriceCache(clientB, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            b.price(1);

            clientA.publish(keys.priceInvalidations(), "not a product id");
            origin.change(1, NEW_PRICE_CENTS);
            a.invalidate(1);

            await().atMost(MESSAGE_DELIVERY).until(() -> b.price(1), equalTo(NEW_PRICE));
        }
    }

    @Test
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
            await().atMost(MESSAGE_DELIVERY).ignoreExceptions().until(() -> b.price(1), equalTo(NEW_PRICE));
        }
    }

    @Test
    void theLocalLevelIsBoundedInSizeAndInTime() {
        var local = TwoLevelPriceCache.newLocalCache(LOCAL_TTL, clock);

        assertThat(local.policy().eviction()).as("a size bound")
                .hasValueSatisfying(eviction -> assertThat(eviction.getMaximum()).isEqualTo(TwoLevelPriceCache.LOCAL_MAXIMUM_SIZE));
        assertThat(local.policy().expireAfterWrite()).as("an expiry after write")
                .hasValueSatisfying(expiry -> assertThat(expiry.getExpiresAfter()).isEqualTo(LOCAL_TTL));
    }

    @Test
    void throughTheApiAWriteOnOneInstanceIsReadOnTheOther(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        ObjectMapper json = new ObjectMapper();
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             TwoLevelPriceCache a = new TwoLevelPriceCache(clientA, keys, origin, REDIS_TTL, LOCAL_TTL, clock);
             TwoLevelPriceCache b = new TwoLevelPriceCache(clientB, keys, origin, REDIS_TTL, LOCAL_TTL, clock)) {
            JavalinTest.test(PriceApi.create(new PriceApi.Parts(origin, a, clientA)), (serverA, httpA) ->
                    JavalinTest.test(PriceApi.create(new PriceApi.Parts(origin, b, clientB)), (serverB, httpB) -> {
                        assertThat(json.readTree(httpB.get("/prices/1").body().string()).get("priceCents").asText())
                                .isEqualTo(OLD_PRICE);

                        assertThat(httpA.put("/prices/1", "{\"priceCents\": " + NEW_PRICE_CENTS + "}").code()).isEqualTo(200);

                        await().atMost(MESSAGE_DELIVERY).until(() ->
                                json.readTree(httpB.get("/prices/1").body().string()).get("priceCents").asText(), equalTo(NEW_PRICE));
                    }));
        }
    }

    @Test
    void withRedisDownAWriteIsStillReadBackOnTheInstanceThatMadeIt(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults()); // one of its own: this test kills it
        ObjectMapper json = new ObjectMapper();
        try (RedisClient client = redis.newClient();
             TwoLevelPriceCache cache = new TwoLevelPriceCache(client, new Keys(redis.namespace()), origin, REDIS_TTL, LOCAL_TTL, clock)) {
            JavalinTest.test(PriceApi.create(new PriceApi.Parts(origin, cache, client)), (server, http) -> {
                assertThat(json.readTree(http.get("/prices/1").body().string()).get("priceCents").asText()).isEqualTo(OLD_PRICE);

                redis.kill();
                assertThat(http.put("/prices/1", "{\"priceCents\": " + NEW_PRICE_CENTS + "}").code()).isEqualTo(200);

                // Its local copy must be gone, Redis or not: the pricing engine answers (BYPASS), with the new price.
                assertThat(json.readTree(http.get("/prices/1").body().string()).get("priceCents").asText()).isEqualTo(NEW_PRICE);
            });
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.SafeEncoder;

import workshop.support.junit.RealServers;
import workshop.support.proxy.CountingProxy;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.11: Client-side caching that Redis keeps honest (CLIENT TRACKING)")
class TrackedPriceCacheTest {

    private static final Duration REDIS_TTL = Duration.ofMinutes(10);
    private static final Pattern FLAGS = Pattern.compile("\\bflags=(\\S+)");
    private final PriceService origin = Fixtures.instantOrigin();

    @Test
    @Order(1)
    void tenHotPricesReadAThousandTimesCostRedisTenGets(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy);
             TrackedPriceCache cache = new TrackedPriceCache(client, keys, origin, REDIS_TTL)) {
            for (long id = 1; id <= 10; id++) {
                client.set(keys.price(id), Fixtures.instantOrigin().price(id)); // the steady state: Redis holds the prices
            }
            proxy.reset();
            for (int round = 0; round < 100; round++) {
                for (long id = 1; id <= 10; id++) {
                    cache.price(id);
                }
            }

            assertThat(proxy.traffic().commands("GET")).as("5.11 must answer from its local copies: GET commands Redis saw for"
                    + " 1,000 reads of 10 prices (one each, then none)").isEqualTo(10);
        }
    }

    @Test
    @Order(2)
    void aChangeMadeBehindTheCachesBackReachesItsLocalCopy(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient(); RedisClient someoneElse = redis.newClient();
             TrackedPriceCache cache = new TrackedPriceCache(client, keys, origin, REDIS_TTL)) {
            client.set(keys.price(1), Fixtures.instantOrigin().price(1)); // in Redis already: no fill of our own
            cache.price(1);

            someoneElse.set(keys.price(1), "999"); // no PUBLISH, no call to invalidate: a script, another service, redis-cli

            await().alias("5.11: Redis must tell this instance that a key it read changed, whoever changed it: turn tracking on"
                    + " for the connection the cache reads through (CLIENT TRACKING ON REDIRECT <the listener's id>), and drop"
                    + " the keys the listener hands over; a SET by another client still served the old price")
                    .atMost(Duration.ofSeconds(5)).until(() -> cache.price(1), equalTo("999"));
        }
    }

    @Test
    @Order(3)
    void aFlushDropsEveryLocalCopy(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults()); // its own: the test flushes it
        Keys keys = new Keys(redis.namespace());
        try (RedisClient client = redis.newClient(); TrackedPriceCache cache = new TrackedPriceCache(client, keys, origin, REDIS_TTL)) {
            // In Redis already: a fill of our own would be a write to a key we read, and Redis would drop our copy for it.
            client.set(keys.price(1), Fixtures.instantOrigin().price(1));
            cache.price(1);
            origin.change(1, TwoLevelContract.NEW_PRICE_CENTS);

            client.flushAll(); // Redis sends one invalidation with no keys: everything changed

            await().alias("5.11 must forget every local copy when Redis says everything changed (a FLUSHALL: the listener"
                    + " hands over null instead of keys)").atMost(Duration.ofSeconds(5))
                    .until(() -> cache.price(1), equalTo(TwoLevelContract.NEW_PRICE));
        }
    }

    @Test
    @Order(4)
    void withTheInvalidationsLostItStopsServingLocalCopies(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient(); RedisClient someoneElse = redis.newClient();
             TrackedPriceCache cache = new TrackedPriceCache(client, keys, origin, REDIS_TTL)) {
            cache.price(1);

            cache.onLost();
            someoneElse.set(keys.price(1), "999");

            assertThat(cache.price(1)).as("5.11 must stop trusting its local copies once the invalidations are lost (onLost):"
                    + " nobody would tell it about this change").isEqualTo("999");
        }
    }

    @Test
    @Order(5)
    void closingLeavesNoConnectionTrackingOrSubscribed(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults()); // its own: the test reads every connection's flags
        Keys keys = new Keys(redis.namespace());
        try (RedisClient client = redis.newClient()) {
            TrackedPriceCache cache = new TrackedPriceCache(client, keys, origin, REDIS_TTL);
            cache.price(1);

            cache.close();

            // CLIENT LIST flags: t = keys tracking on, P = subscribed. Redis sees a closed socket a moment later.
            await().alias("5.11 must close both connections it took from the pool: the tracked one (given back, it would"
                    + " carry tracking on to whoever borrows it next) and the listener's. Connections still tracking (t) or"
                    + " subscribed (P) after close").atMost(Duration.ofSeconds(2))
                    .until(() -> flaggedConnections(client).isEmpty());
        }
    }

    @Test
    @Order(6)
    void storesWhatTheOriginAnsweredInRedisWithItsTimeToLive(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient(); TrackedPriceCache cache = new TrackedPriceCache(client, keys, origin, REDIS_TTL)) {
            cache.price(1);

            assertThat(client.pttl(keys.price(1))).as("5.11 must store what the origin answered in Redis with redisTtl (%s;"
                    + " SET ... PX, in milliseconds): its PTTL, ms (-1: none, the Redis copy would never expire)", REDIS_TTL)
                    .isBetween(REDIS_TTL.minusMinutes(1).toMillis(), REDIS_TTL.toMillis());
        }
    }

    private static List<String> flaggedConnections(RedisClient client) {
        return SafeEncoder.encodeObject(client.sendCommand(Protocol.Command.CLIENT, "LIST")).toString().lines()
                .filter(line -> {
                    Matcher flags = FLAGS.matcher(line);
                    return flags.find() && (flags.group(1).contains("t") || flags.group(1).contains("P"));
                })
                .toList();
    }

    @Nested
    @DisplayName("Exercise 5.11: the same contract as 5.9's two-level cache")
    class TheContractOfEveryTwoLevelCache extends TwoLevelContract {

        @Override
        String exercise() {
            return "5.11";
        }

        @Override
        PriceCache newCache(RedisClient client, Keys keys, PriceSource origin) {
            return new TrackedPriceCache(client, keys, origin, REDIS_TTL);
        }
    }
}

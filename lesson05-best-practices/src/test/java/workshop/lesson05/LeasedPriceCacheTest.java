package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

@RealServers
@DisplayName("Exercise 5.8: The stale-set race, closed with a lease")
class LeasedPriceCacheTest {

    private static final Duration TTL = Duration.ofMinutes(10);

    @Test
    void aRefillThatAWriteOvertookIsAnsweredButNotStored(RedisServer redis) throws Exception {
        Keys keys = Fixtures.freshKeys(redis);
        StaleSetRace race = new StaleSetRace();
        try (RedisClient client = redis.newClient()) {
            LeasedPriceCache cache = new LeasedPriceCache(client, keys, race.origin(), TTL);

            assertThat(race.play(() -> cache.price(1), () -> cache.invalidate(1))).isEqualTo(StaleSetRace.OLD_PRICE);

            assertThat(client.get(keys.price(1))).as("cached after the write").isNull();
            assertThat(cache.price(1)).as("the next read").isEqualTo(StaleSetRace.NEW_PRICE);
            assertThat(client.get(keys.price(1))).as("cached by the next read").isEqualTo(StaleSetRace.NEW_PRICE);
        }
    }

    @Test
    void aMissLoadsOnceStoresWithTheTtlAndEndsItsLease(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        PriceService origin = Fixtures.instantOrigin();
        try (RedisClient client = redis.newClient()) {
            LeasedPriceCache cache = new LeasedPriceCache(client, keys, origin, TTL);

            assertThat(cache.price(7)).isEqualTo(Fixtures.instantOrigin().price(7));
            assertThat(cache.price(7)).isEqualTo(Fixtures.instantOrigin().price(7));

            assertThat(origin.calls()).as("origin calls for two reads").isEqualTo(1);
            assertThat(client.pttl(keys.price(7))).as("the price's TTL, ms").isBetween(1L, TTL.toMillis());
            assertThat(client.exists(keys.priceLease(7))).as("the lease, after the refill").isFalse();
        }
    }

    @Test
    void whileSomeoneElseHoldsTheLeaseTheLoadIsAnsweredButNotStored(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            client.set(keys.priceLease(7), "another-readers-token");
            LeasedPriceCache cache = new LeasedPriceCache(client, keys, Fixtures.instantOrigin(), TTL);

            assertThat(cache.price(7)).isEqualTo(Fixtures.instantOrigin().price(7));

            assertThat(client.get(keys.price(7))).as("stored without the lease").isNull();
            assertThat(client.get(keys.priceLease(7))).as("the other reader's lease").isEqualTo("another-readers-token");
        }
    }

    @Test
    void aWriteDropsTheCachedPriceAndAnyLeaseInFlight(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        AtomicReference<String> current = new AtomicReference<>("100");
        try (RedisClient client = redis.newClient()) {
            LeasedPriceCache cache = new LeasedPriceCache(client, keys, id -> current.get(), TTL);
            assertThat(cache.price(7)).isEqualTo("100");
            client.set(keys.priceLease(7), "a-refill-in-flight");

            current.set("120");
            cache.invalidate(7);

            assertThat(client.exists(keys.price(7))).as("the price, after the write").isFalse();
            assertThat(client.exists(keys.priceLease(7))).as("the lease, after the write").isFalse();
            assertThat(cache.price(7)).isEqualTo("120");
        }
    }
}

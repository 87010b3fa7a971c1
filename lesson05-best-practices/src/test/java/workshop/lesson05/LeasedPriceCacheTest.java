package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.8: The stale-set race, closed with a lease")
class LeasedPriceCacheTest {

    private static final Duration TTL = Duration.ofMinutes(10);

    @Test
    @Order(4)
    void aRefillThatAWriteOvertookIsAnsweredButNotStored(RedisServer redis) throws Exception {
        Keys keys = Fixtures.freshKeys(redis);
        StaleSetRace race = new StaleSetRace();
        try (RedisClient client = redis.newClient()) {
            LeasedPriceCache cache = new LeasedPriceCache(client, keys, race.origin(), TTL);

            assertThat(race.play(() -> cache.price(1), () -> cache.invalidate(1)))
                    .as("5.8: the slow reader's answer (the price it read, true when read)").isEqualTo(StaleSetRace.OLD_PRICE);

            assertThat(client.get(keys.price(1)))
                    .as("5.8 must not store a price loaded before a write: the write deleted the lease, so the refill "
                            + "must store nothing (the SET_IF_LEASED script); the cache held instead").isNull();
            assertThat(cache.price(1)).as("5.8: the next read, after the write").isEqualTo(StaleSetRace.NEW_PRICE);
            assertThat(client.get(keys.price(1))).as("5.8: the price cached by the next read").isEqualTo(StaleSetRace.NEW_PRICE);
        }
    }

    @Test
    @Order(1)
    void aMissLoadsOnceStoresWithTheTtlAndEndsItsLease(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        PriceService origin = Fixtures.instantOrigin();
        try (RedisClient client = redis.newClient()) {
            LeasedPriceCache cache = new LeasedPriceCache(client, keys, origin, TTL);

            assertThat(cache.price(7)).as("5.8: the first read of price 7").isEqualTo(Fixtures.instantOrigin().price(7));
            assertThat(cache.price(7)).as("5.8: the second read of price 7").isEqualTo(Fixtures.instantOrigin().price(7));

            assertThat(origin.calls()).as("5.8 must cache what it loaded under its lease: origin calls for two reads").isEqualTo(1);
            assertThat(client.pttl(keys.price(7))).as("5.8 must store the price with its TTL (%s, in milliseconds: PX); its PTTL", TTL)
                    .isBetween(TTL.minusMinutes(1).toMillis(), TTL.toMillis());
            assertThat(client.exists(keys.priceLease(7))).as("5.8 must end its lease once it stored the price; the lease is still there")
                    .isFalse();
        }
    }

    @Test
    @Order(5)
    void theLeaseIsCheckedAndThePriceStoredInOneAtomicStep(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (WatchedRedis watched = new WatchedRedis(redis)) {
            LeasedPriceCache cache = new LeasedPriceCache(watched.client(), keys, id -> {
                watched.forget(); // from here on: what the reader sends after its load
                return "100";
            }, TTL);

            assertThat(cache.price(7)).as("5.8: a read of price 7").isEqualTo("100");

            assertThat(watched.names())
                    .as("5.8 must check its lease and store the price in one atomic step (the SET_IF_LEASED script, "
                            + "with eval): a write landing between two commands would be overwritten by the old price. "
                            + "After its load, the reader sent %s", watched.sent())
                    .hasSize(1).first().isIn("EVAL", "EVALSHA");
        }
    }

    @Test
    @Order(2)
    void whileSomeoneElseHoldsTheLeaseTheLoadIsAnsweredButNotStored(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            client.set(keys.priceLease(7), "another-readers-token");
            LeasedPriceCache cache = new LeasedPriceCache(client, keys, Fixtures.instantOrigin(), TTL);

            assertThat(cache.price(7)).as("5.8: a read while another reader holds the lease").isEqualTo(Fixtures.instantOrigin().price(7));

            assertThat(client.get(keys.price(7)))
                    .as("5.8 must store nothing without the lease (another reader is refilling); the cache held").isNull();
            assertThat(client.get(keys.priceLease(7))).as("5.8 must leave another reader's lease alone; the lease now holds")
                    .isEqualTo("another-readers-token");
        }
    }

    @Test
    @Order(3)
    void aWriteDropsTheCachedPriceAndAnyLeaseInFlightInOneDel(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        AtomicReference<String> current = new AtomicReference<>("100");
        try (RedisClient client = redis.newClient(); WatchedRedis watched = new WatchedRedis(redis)) {
            LeasedPriceCache cache = new LeasedPriceCache(watched.client(), keys, id -> current.get(), TTL);
            assertThat(cache.price(7)).as("5.8: the first read of price 7").isEqualTo("100");
            client.set(keys.priceLease(7), "a-refill-in-flight");

            current.set("120");
            watched.forget();
            cache.invalidate(7);

            assertThat(client.exists(keys.price(7))).as("5.8 invalidate must delete the price; it is still there").isFalse();
            assertThat(client.exists(keys.priceLease(7)))
                    .as("5.8 invalidate must delete the lease in flight too, so that refill cannot store; the lease is still there")
                    .isFalse();
            assertThat(watched.sent())
                    .as("5.8 invalidate must delete the price and the lease in one DEL: between two commands a refill "
                            + "could still store under its lease; it sent")
                    .hasSize(1).first().satisfies(del -> assertThat(del.name()).isEqualTo("DEL"));
            assertThat(cache.price(7)).as("5.8: the read after the write").isEqualTo("120");
        }
    }

    @Test
    @Order(6)
    void aLoadThatFailsGivesItsLeaseBackSoTheNextReadCaches(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        RuntimeException down = new IllegalStateException("pricing engine down (on purpose, for this test)");
        AtomicReference<RuntimeException> failNext = new AtomicReference<>(down);
        try (RedisClient client = redis.newClient()) {
            LeasedPriceCache cache = new LeasedPriceCache(client, keys, id -> {
                RuntimeException failure = failNext.getAndSet(null);
                if (failure != null) {
                    throw failure;
                }
                return "100";
            }, TTL);

            Throwable thrown = catchThrowable(() -> cache.price(7));

            assertThat(thrown).as("5.8: a read whose load failed must fail with the origin's own exception").isSameAs(down);
            assertThat(client.pttl(keys.priceLease(7)))
                    .as("5.8 must give its lease back when the load fails (release it, as in 5.3): a lease left behind "
                            + "keeps every refill of this price out of the cache for %s; its PTTL, ms", LeasedPriceCache.LEASE)
                    .isEqualTo(-2L);
            assertThat(cache.price(7)).as("5.8: the next read").isEqualTo("100");
            assertThat(client.get(keys.price(7))).as("5.8: the price cached by the next read").isEqualTo("100");
        }
    }
}

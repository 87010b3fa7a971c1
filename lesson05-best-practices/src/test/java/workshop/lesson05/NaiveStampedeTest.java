package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.testing.AllAtOnce;

/**
 * The naive half of 5.2 and 5.3, green in both modes: naive cache-aside lets a stampede through, within one instance
 * ({@code SingleFlightPriceCacheTest} holds 5.2 to one origin call) and across instances ({@code RedisLockTest}).
 */
@RealServers
class NaiveStampedeTest {

    private static final Duration TTL = Duration.ofSeconds(60);

    /**
     * An origin whose first load waits (up to 5 s) until a second reader reaches it too: with naive cache-aside one
     * always does, since the first has stored nothing yet. (Single-flight or a lock would keep it out.)
     */
    private static PriceSource heldUntilTwoLoad(AtomicLong calls) {
        CountDownLatch twoLoading = new CountDownLatch(2);
        return id -> {
            calls.incrementAndGet();
            twoLoading.countDown();
            try {
                twoLoading.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Fixtures.instantOrigin().price(id);
        };
    }

    @Test
    void naiveCacheAsideSendsConcurrentMissesAllToTheOrigin(RedisServer redis) throws Exception {
        AtomicLong calls = new AtomicLong();
        try (RedisClient client = redis.newClient()) {
            NaivePriceCache cache = new NaivePriceCache(client, Fixtures.freshKeys(redis), heldUntilTwoLoad(calls), TTL);

            AllAtOnce.call(50, () -> cache.price(42));

            assertThat(calls.get()).as("origin calls for 50 concurrent reads of one cold key").isGreaterThan(1);
        }
    }

    @Test
    void twoInstancesMissingTheSameKeyBothAskTheOrigin(RedisServer redis) throws Exception {
        AtomicLong calls = new AtomicLong();
        PriceSource origin = heldUntilTwoLoad(calls);
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient one = redis.newClient(); RedisClient other = redis.newClient()) {
            List<Callable<String>> instances = List.of(
                    () -> new NaivePriceCache(one, keys, origin, TTL).price(42),
                    () -> new NaivePriceCache(other, keys, origin, TTL).price(42));

            AllAtOnce.call(instances);

            assertThat(calls.get()).as("origin calls for one cold key, read at once by two instances (one reader each)")
                    .isEqualTo(2);
        }
    }
}

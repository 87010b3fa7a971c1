package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.testing.AllAtOnce;

/** The wrong half of the pair, shown failing on purpose: naive cache-aside lets a stampede through. */
@RealServers
class NaiveStampedeTest {

    @Test
    void naiveCacheAsideSendsConcurrentMissesAllToTheOrigin(RedisServer redis) throws Exception {
        // The first load waits (up to 5 s) until a second reader reaches the origin too: with naive cache-aside one
        // always does, since the first has stored nothing yet. (Single-flight would keep it out; see exercise 5.2.)
        AtomicLong calls = new AtomicLong();
        CountDownLatch twoLoading = new CountDownLatch(2);
        PriceSource origin = id -> {
            calls.incrementAndGet();
            twoLoading.countDown();
            try {
                twoLoading.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Fixtures.instantOrigin().price(id);
        };
        try (RedisClient client = redis.newClient()) {
            NaivePriceCache cache = new NaivePriceCache(client, Fixtures.freshKeys(redis), origin, Duration.ofSeconds(60));

            AllAtOnce.call(50, () -> cache.price(42));

            assertThat(calls.get()).as("origin calls for 50 concurrent reads of one cold key").isGreaterThan(1);
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** The wrong half of the pair, shown failing on purpose: naive cache-aside lets a stampede through. */
@RealServers
class NaiveStampedeTest {

    @Test
    void naiveCacheAsideSendsConcurrentMissesAllToTheOrigin(RedisServer redis) throws Exception {
        // Half a second per origin call: all 50 readers, released together, miss long before the first load is stored.
        PriceService origin = new PriceService(Duration.ofMillis(500));
        try (RedisClient client = redis.newClient()) {
            NaivePriceCache cache = new NaivePriceCache(client, Fixtures.freshKeys(redis), origin, Duration.ofSeconds(60));

            SingleFlightPriceCacheTest.concurrently(50, () -> cache.price(42));

            assertThat(origin.calls()).as("origin calls for 50 concurrent reads of one cold key").isGreaterThan(1);
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/**
 * The naive half of 5.8, green in both modes: delete-on-write does not stop a slow refill from caching the price a
 * write had already replaced; {@code LeasedPriceCacheTest} holds 5.8 to dropping that refill.
 */
@RealServers
class NaiveStaleSetTest {

    @Test
    void aRefillThatAWriteOvertookStoresTheOldPriceForAWholeTtl(RedisServer redis) throws Exception {
        Keys keys = Fixtures.freshKeys(redis);
        StaleSetRace race = new StaleSetRace();
        try (RedisClient client = redis.newClient()) {
            NaivePriceCache cache = new NaivePriceCache(client, keys, race.origin(), Duration.ofMinutes(10));

            assertThat(race.play(() -> cache.price(1), () -> cache.invalidate(1))).isEqualTo(StaleSetRace.OLD_PRICE);

            assertThat(client.get(keys.price(1))).as("cached after the write").isEqualTo(StaleSetRace.OLD_PRICE);
            assertThat(cache.price(1)).as("the next read, though the origin says %s", StaleSetRace.NEW_PRICE)
                    .isEqualTo(StaleSetRace.OLD_PRICE);
        }
    }
}

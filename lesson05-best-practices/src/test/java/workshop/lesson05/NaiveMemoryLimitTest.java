package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisDataException;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * The naive half of 5.5, green in both modes: a memory limit under Redis's default policy, {@code noeviction}, makes a
 * full cache refuse every write (a store that must not lose data wants that; a cache does not). {@code DataSizeTest}
 * shows 5.5's {@code allkeys-lru} evicting instead and keeping accepting writes.
 */
@RealServers
class NaiveMemoryLimitTest {

    private static final String KILOBYTE = "x".repeat(1_024);

    @Test
    void underNoevictionAFullCacheRefusesWritesButStillServesReads(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().maxmemory("2mb", "noeviction"));
        try (RedisClient client = redis.newClient()) {
            client.set("price:first", KILOBYTE);

            JedisDataException refused = null;
            for (int i = 0; i < 10_000 && refused == null; i++) {
                try {
                    client.set("price:" + i, KILOBYTE);
                } catch (JedisDataException outOfMemory) {
                    refused = outOfMemory;
                }
            }

            assertThat(refused).as("a write once the 2 MB are full, under noeviction").isNotNull();
            assertThat(refused.getMessage()).as("the refusal").contains("OOM");
            assertThat(client.info("stats")).as("INFO stats under noeviction: no key evicted").containsPattern("(?m)^evicted_keys:0\\r?$");
            assertThat(client.get("price:first")).as("a read, while writes are refused").isEqualTo(KILOBYTE);
        }
    }
}

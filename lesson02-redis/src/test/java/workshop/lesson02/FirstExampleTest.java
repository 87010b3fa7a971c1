package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** The classic first example, against a real Redis: a value set with EX 10 reads back; a key never set misses. */
@RealServers
class FirstExampleTest {

    @Test
    void aValueJustSetIsAHitAndExpiresInTenSeconds(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).product(1);
        try (RedisClient client = redis.newClient()) {
            assertThat(FirstExample.setThenGet(client, key)).isEqualTo("Cached data: Hello from Redis!");
            assertThat(client.ttl(key)).isBetween(1L, 10L);
        }
    }

    @Test
    void aKeyNeverSetIsAMiss(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            assertThat(FirstExample.get(client, Fixtures.freshKeys(redis).product(2))).isEqualTo("Cache miss");
        }
    }
}

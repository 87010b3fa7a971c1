package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;

/** Before the exercises: this machine can give the lesson a real Redis and a real Memcached. */
@RealServers
class ServersAreReadyTest {

    @Test
    void redisStoresAndReturnsAValue(RedisServer redis) {
        String key = redis.namespace() + "lesson04:greeting";
        try (RedisClient client = redis.newClient()) {
            client.set(key, "hello");

            assertThat(client.get(key)).isEqualTo("hello");
        }
    }

    @Test
    void memcachedStoresAndReturnsAValue(MemcachedServer memcached) {
        String key = memcached.namespace() + "lesson04:greeting";
        MemcachedClient client = memcached.newClient();
        try {
            assertThat(client.set(key, 60, "hello")).succeedsWithin(Duration.ofSeconds(2)).isEqualTo(true);

            assertThat(client.get(key)).isEqualTo("hello");
        } finally {
            client.shutdown();
        }
    }
}

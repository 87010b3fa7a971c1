package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** Before the exercises: this machine can give the lesson a real Redis, and Jedis can talk to it. */
@RealServers
class RedisIsReadyTest {

    @Test
    void storesAValueWithATimeToLiveAndReadsItBack(RedisServer redis) {
        String key = redis.namespace() + "lesson02:greeting";
        try (RedisClient client = redis.newClient()) {
            client.set(key, "hello", SetParams.setParams().ex(60));

            assertThat(client.get(key)).isEqualTo("hello");
            assertThat(client.ttl(key)).isBetween(1L, 60L);
        }
    }
}

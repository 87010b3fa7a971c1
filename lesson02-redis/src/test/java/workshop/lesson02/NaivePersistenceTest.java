package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * The naive half of 2.9, green in both modes: a Redis with persistence off (as a cache often runs) forgets every key
 * when it restarts; {@code AppendOnlyFileTest} holds 2.9 to keeping them. Restarting a server needs one the workshop
 * owns: against a shared REDIS_URL this test is skipped.
 */
@RealServers
class NaivePersistenceTest {

    @Test
    void withoutPersistenceARestartLosesEverything(Servers servers) {
        RedisServer forgetful = servers.redis(RedisConfig.defaults());
        try (RedisClient client = forgetful.newClient()) {
            client.set("product:42", "espresso machine");
            client.hset("stock:42", "count", "7");
        }

        forgetful.restart();

        try (RedisClient client = forgetful.newClient()) {
            assertThat(client.get("product:42")).as("a string after a restart with persistence off").isNull();
            assertThat(client.hget("stock:42", "count")).as("a hash after a restart with persistence off").isNull();
        }
    }
}

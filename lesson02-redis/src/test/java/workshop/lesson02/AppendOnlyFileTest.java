package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * Restarting a server needs one the workshop owns: against a shared REDIS_URL these tests are skipped. The naive half
 * (no persistence: a restart loses everything) is {@code NaivePersistenceTest}.
 */
@RealServers
@DisplayName("Exercise 2.9: Persistence across a restart")
class AppendOnlyFileTest {

    @Test
    void withTheAppendOnlyFileARestartKeepsEverything(Servers servers) {
        RedisServer durable = servers.redis(RedisConfig.defaults());
        try (RedisClient client = durable.newClient()) {
            AppendOnlyFile.enable(client);
            client.set("product:42", "espresso machine");
            client.hset("stock:42", "count", "7");
        }
        durable.restart();
        try (RedisClient client = durable.newClient()) {
            assertThat(client.get("product:42")).as("2.9 must keep the append-only file on across a restart (CONFIG SET"
                    + " changes only the running server; CONFIG REWRITE saves it to redis.conf): a string after a restart")
                    .isEqualTo("espresso machine");
            assertThat(client.hget("stock:42", "count")).as("2.9: a hash after a restart with the append-only file on").isEqualTo("7");
        }
    }

    @Test
    void returnsOnlyOnceTheFileIsComplete(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient client = redis.newClient()) {
            client.set("written-before", "yes");

            AppendOnlyFile.enable(client);

            String persistence = client.info("persistence");
            assertThat(persistence).as("2.9 must return once the append-only file is on and its first rewrite is done: INFO"
                    + " persistence right after enable").contains("aof_enabled:1").contains("aof_rewrite_in_progress:0");
            assertThat(client.configGet("appendonly")).as("2.9: CONFIG GET appendonly after enable").containsEntry("appendonly", "yes");
        }
    }
}

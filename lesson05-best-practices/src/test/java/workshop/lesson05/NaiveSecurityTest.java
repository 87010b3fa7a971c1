package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * The naive half of 5.6, green in both modes: a Redis as it comes lets any client that reaches it, with no password,
 * read another application's keys, run FLUSHALL and CONFIG, and read a value stored in clear, everything
 * {@code SecurityTest} holds 5.6's ACL user and encryption to refusing. On a server of its own (FLUSHALL included):
 * against a shared REDIS_URL this test is skipped.
 */
@RealServers
class NaiveSecurityTest {

    @Test
    void anyClientMayRunEveryCommandOnEveryKeyAndReadValuesInClear(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient owner = redis.newClient(); RedisClient anonymous = redis.newClient(null, null)) {
            owner.set("billing:card:1", "4111 1111 1111 1111");
            owner.set("lesson05:customer:1:email", "ada@example.com");

            assertThat(anonymous.get("billing:card:1")).as("another application's key, read by a client with no password")
                    .isEqualTo("4111 1111 1111 1111");
            assertThat(anonymous.get("lesson05:customer:1:email")).as("a sensitive value stored as it is, read back")
                    .isEqualTo("ada@example.com");
            assertThat(anonymous.configGet("maxmemory")).as("CONFIG GET, by a client with no password").containsKey("maxmemory");
            assertThat(anonymous.flushAll()).as("FLUSHALL, by a client with no password").isEqualTo("OK");
            assertThat(owner.dbSize()).as("keys left after that FLUSHALL").isZero();
        }
    }
}

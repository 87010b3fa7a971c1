package workshop.support.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import redis.clients.jedis.RedisClient;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;

/** A test class and its nested groups share one Redis and one Memcached, started once. */
@RealServers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealServersExtensionIT {

    private RedisServer classRedis;

    @BeforeAll
    void rememberTheClassServer(RedisServer redis) {
        classRedis = redis;
    }

    @Test
    void aTestGetsTheClassServer(RedisServer redis) {
        assertThat(redis).isSameAs(classRedis);
        try (RedisClient client = redis.newClient()) {
            assertThat(client.ping()).isEqualTo("PONG");
        }
    }

    @Nested
    class ANestedGroup {

        @Test
        void getsTheSameServerAsItsEnclosingClass(RedisServer redis, MemcachedServer memcached) {
            assertThat(redis).isSameAs(classRedis);
            assertThat(memcached.isRunning()).isTrue();
        }
    }
}

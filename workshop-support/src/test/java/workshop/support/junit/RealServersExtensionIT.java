package workshop.support.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.testkit.engine.EngineTestKit;

import redis.clients.jedis.RedisClient;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;

/** A test class and its nested groups share one Redis and one Memcached, started once and stopped after the class. */
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

    @Test
    void theServersOfAClassAreStoppedWhenItIsDone() {
        assumeTrue(System.getenv("REDIS_URL") == null && System.getenv("MEMCACHED_SERVERS") == null,
                "needs servers the workshop starts (it checks they stop): REDIS_URL / MEMCACHED_SERVERS name servers it must not stop");
        ServersOfAFinishedClass.REDIS.clear();
        ServersOfAFinishedClass.MEMCACHED.clear();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(ServersOfAFinishedClass.class)).execute()
                .testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));

        assertThat(ServersOfAFinishedClass.REDIS).hasSize(2).noneMatch(RedisServer::isRunning);
        assertThat(ServersOfAFinishedClass.MEMCACHED).hasSize(1).noneMatch(MemcachedServer::isRunning);
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

package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;

/**
 * A server named by REDIS_URL / MEMCACHED_SERVERS belongs to someone else: tests there write under their own
 * namespace, delete exactly that when done, and never restart, flush or reconfigure it. Here a server the
 * workshop starts for this test plays "someone else's" (never the default server: with REDIS_URL set, that one is the
 * learner's, and the owner's key below would be left on it), so we can look at what is left on it afterwards.
 */
@RealServers
class ExternalServersIT {

    private static Environment pointingAt(RedisServer redis, MemcachedServer memcached) {
        Map<String, String> variables = Map.of(
                "REDIS_URL", "redis://" + redis.address(),
                "MEMCACHED_SERVERS", memcached.address().toString());
        return new Environment(variables::get, () -> false);
    }

    @Test
    void redisKeepsTheOwnersKeysAndLosesOnlyOurs(Servers started) {
        RedisServer owners = started.redis(RedisConfig.defaults());
        MemcachedServer memcached = started.memcached(MemcachedConfig.defaults());
        try (RedisClient owner = owners.newClient()) {
            owner.set("owner:precious", "keep me");

            Servers servers = new Servers(pointingAt(owners, memcached));
            RedisServer shared = servers.redis();
            assertThat(shared.isOwned()).isFalse();
            try (RedisClient test = shared.newClient()) {
                test.set(shared.namespace() + "product:1", "one");
                test.set(shared.namespace() + "product:2", "two");
            }
            assertThatThrownBy(shared::restart).isInstanceOf(OwnedServerRequiredException.class);

            servers.close();

            assertThat(owner.get("owner:precious")).isEqualTo("keep me");
            assertThat(owner.keys(shared.namespace() + "*")).isEmpty();
        }
    }

    @Test
    void memcachedKeepsTheOwnersKeysAndLosesOnlyOurs(Servers started) throws Exception {
        RedisServer redis = started.redis(RedisConfig.defaults());
        MemcachedServer owners = started.memcached(MemcachedConfig.defaults());
        MemcachedClient owner = owners.newClient();
        try {
            assertThat(owner.set("owner:precious", 600, "keep me")).succeedsWithin(Duration.ofSeconds(2));

            Servers servers = new Servers(pointingAt(redis, owners));
            MemcachedServer shared = servers.memcached();
            assertThat(shared.isOwned()).isFalse();
            MemcachedClient test = shared.newClient();
            try {
                assertThat(test.set(shared.namespace() + "weather:oslo", 600, "rain")).succeedsWithin(Duration.ofSeconds(2));
            } finally {
                test.shutdown();
            }
            assertThatThrownBy(shared::kill).isInstanceOf(OwnedServerRequiredException.class);

            servers.close();

            assertThat(owner.get("owner:precious")).isEqualTo("keep me");
            assertThat(owner.get(shared.namespace() + "weather:oslo")).isNull();
        } finally {
            owner.shutdown();
        }
    }
}

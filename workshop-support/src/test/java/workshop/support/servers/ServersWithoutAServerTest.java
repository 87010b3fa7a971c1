package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a learner sees on a machine with nothing installed: the three ways to get a server, at once. */
class ServersWithoutAServerTest {

    private static Environment bare(Map<String, String> variables) {
        return new Environment(variables::get, () -> false);
    }

    @Test
    void redisNamesTheThreeWaysToGetOne() {
        try (Servers servers = new Servers(bare(Map.of("PATH", "/nonexistent")))) {
            assertThatThrownBy(servers::redis)
                    .isInstanceOf(ServerUnavailableException.class)
                    .hasMessageContaining("No Redis server is available")
                    .hasMessageContaining("Start Docker")
                    .hasMessageContaining("sudo apt-get install redis-server memcached")
                    .hasMessageContaining("brew install redis memcached")
                    .hasMessageContaining("export REDIS_URL=");
        }
    }

    @Test
    void memcachedNamesTheThreeWaysToGetOne() {
        try (Servers servers = new Servers(bare(Map.of()))) {
            assertThatThrownBy(servers::memcached)
                    .isInstanceOf(ServerUnavailableException.class)
                    .hasMessageContaining("No Memcached server is available")
                    .hasMessageContaining("`memcached` is on your PATH")
                    .hasMessageContaining("export MEMCACHED_SERVERS=");
        }
    }

    @Test
    void anExternalServerIsUsedAsGivenWithoutStartingAnything() {
        // Not closed: nothing was started, and closing would try to clean keys on hosts that do not exist.
        Servers servers = new Servers(bare(Map.of("REDIS_URL", "redis://cache.example:6380",
                "MEMCACHED_SERVERS", "mc1.example:21211, mc2.example:21212")));

        RedisServer redis = servers.redis();
        assertThat(redis.isOwned()).isFalse();
        assertThat(redis.address()).isEqualTo(new ServerAddress("cache.example", 6380));
        assertThat(redis.namespace()).startsWith("workshop-test:").endsWith(":");
        assertThat(servers.memcached().address()).isEqualTo(new ServerAddress("mc1.example", 21_211));
        assertThat(servers.memcachedNodes(2)).extracting(MemcachedServer::address)
                .containsExactly(new ServerAddress("mc1.example", 21_211), new ServerAddress("mc2.example", 21_212));
    }

    @Test
    void aServerToReconfigureIsNeverTakenFromTheEnvironment() {
        Servers servers = new Servers(bare(Map.of("REDIS_URL", "redis://cache.example:6380")));

        assertThatThrownBy(() -> servers.redis(RedisConfig.defaults().appendOnly()))
                .isInstanceOf(OwnedServerRequiredException.class)
                .hasMessageContaining("REDIS_URL names one it must not touch");
        assertThatThrownBy(() -> servers.redis().kill())
                .isInstanceOf(OwnedServerRequiredException.class)
                .hasMessageContaining("only does that to servers it started");
    }

    @Test
    void findsABinaryOnThePathLikeAShellWould() {
        assertThat(Executables.find("/nonexistent:/bin:/usr/bin", "sh")).isPresent();
        assertThat(Executables.find("/nonexistent", "sh")).isEmpty();
        assertThat(Executables.find(null, "sh")).isEmpty();
    }

    @Test
    void aClusterWithoutRedisServerOnThePathSaysWhyAndIsSkippedByTheExtension() {
        try (Servers servers = new Servers(bare(Map.of("PATH", "/nonexistent")))) {
            assertThatThrownBy(() -> servers.redisCluster(3))
                    .isInstanceOf(OwnedServerRequiredException.class)
                    .hasMessageContaining("a Redis Cluster runs from redis-server on the PATH");
        }
    }

    @Test
    void aClusterHasAtLeastThreePrimaries() {
        try (Servers servers = new Servers(bare(Map.of()))) {
            assertThatThrownBy(() -> servers.redisCluster(2)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

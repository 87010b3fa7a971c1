package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Protocol;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

import workshop.support.junit.RealServers;

/** Every Redis capability a lesson relies on, each against a real server. */
@RealServers
class RedisServerIT {

    @Test
    void answersOnLoopbackOnly(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            assertThat(client.ping()).isEqualTo("PONG");
            assumeTrue(redis.isOwned(), "where a server of REDIS_URL listens is its owner's business");
            assertThat(redis.host()).isEqualTo("127.0.0.1");
            if (redis.origin().startsWith("local")) {
                assertThat(client.configGet("bind")).containsEntry("bind", "127.0.0.1");
            }
        }
    }

    @Test
    void aRestartKeepsDataWrittenToTheAppendOnlyFile(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().appendOnly());
        try (RedisClient client = redis.newClient()) {
            client.set("product:42", "espresso machine");
        }

        redis.restart();

        try (RedisClient client = redis.newClient()) {
            assertThat(client.get("product:42")).isEqualTo("espresso machine");
        }
    }

    @Test
    void theAppendOnlyFileKeepsDataEvenThroughAKill(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().appendOnly());
        try (RedisClient client = redis.newClient()) {
            client.set("product:42", "espresso machine");
        }

        redis.kill();
        assertThat(redis.isRunning()).isFalse();
        redis.start();

        try (RedisClient client = redis.newClient()) {
            assertThat(client.get("product:42")).isEqualTo("espresso machine");
        }
    }

    @Test
    void aSnapshotIsSavedOnAGracefulStopAndLoadedOnStart(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().snapshots());
        try (RedisClient client = redis.newClient()) {
            client.set("product:42", "espresso machine");
        }

        redis.restart();

        try (RedisClient client = redis.newClient()) {
            assertThat(client.get("product:42")).isEqualTo("espresso machine");
        }
    }

    @Test
    void withoutPersistenceARestartForgetsEverything(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient client = redis.newClient()) {
            client.set("product:42", "espresso machine");
        }

        redis.restart();

        try (RedisClient client = redis.newClient()) {
            assertThat(client.get("product:42")).isNull();
        }
    }

    @Test
    void aStoppedServerRefusesConnectionsUntilStartedAgain(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        int port = redis.port();

        redis.stop();
        try (RedisClient client = redis.newClient()) {
            assertThatThrownBy(client::ping).isInstanceOf(JedisConnectionException.class);
        }

        redis.start();
        assertThat(redis.port()).isEqualTo(port);
        try (RedisClient client = redis.newClient()) {
            assertThat(client.ping()).isEqualTo("PONG");
        }
    }

    @Test
    void aReplicaServesWhatThePrimaryWroteAndRefusesWrites(Servers servers) {
        RedisServer primary = servers.redis(RedisConfig.defaults());
        RedisServer replica = servers.redisReplicaOf(primary);

        try (RedisClient writer = primary.newClient(); RedisClient reader = replica.newClient()) {
            writer.set("product:42", "espresso machine");
            // WAIT blocks until one replica has acknowledged the write (or a second passes).
            assertThat(writer.waitReplicas("product:42", 1, 1_000)).isEqualTo(1);

            assertThat(reader.get("product:42")).isEqualTo("espresso machine");
            assertThatThrownBy(() -> reader.set("product:42", "changed"))
                    .isInstanceOf(JedisDataException.class).hasMessageContaining("READONLY");
        }
    }

    @Test
    void takesExtraConfigSuchAsAMemoryLimitAndItsPolicy(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().maxmemory("2mb", "allkeys-lru"));

        try (RedisClient client = redis.newClient()) {
            assertThat(client.configGet("maxmemory*"))
                    .containsEntry("maxmemory", String.valueOf(2 * 1024 * 1024))
                    .containsEntry("maxmemory-policy", "allkeys-lru");
        }
    }

    @Test
    void aSettingSavedWithConfigRewriteOutlivesARestart(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient client = redis.newClient()) {
            client.configSet("maxmemory-policy", "allkeys-lfu");
            client.executeCommand(new CommandArguments(Protocol.Command.CONFIG).add("REWRITE"));
        }

        redis.restart();

        try (RedisClient client = redis.newClient()) {
            assertThat(client.configGet("maxmemory-policy")).containsEntry("maxmemory-policy", "allkeys-lfu");
        }
    }

    @Test
    void aPasswordKeepsOutClientsWithoutIt(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().requirePass("s3cret"));

        try (RedisClient anonymous = redis.newClient(null, null); RedisClient authenticated = redis.newClient()) {
            assertThatThrownBy(() -> anonymous.get("anything"))
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOAUTH");
            assertThat(authenticated.ping()).isEqualTo("PONG");
        }
    }

    @Test
    void anAclUserMayRunOnlyItsCommandsOnItsKeys(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults()
                .aclUser("app", "on", ">app-pass", "~app:*", "+get", "+set"));

        try (RedisClient app = redis.newClient("app", "app-pass")) {
            app.set("app:greeting", "hello");
            assertThat(app.get("app:greeting")).isEqualTo("hello");
            assertThatThrownBy(() -> app.get("other:greeting"))
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOPERM");
            assertThatThrownBy(app::flushAll)
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOPERM");
            assertThatThrownBy(() -> app.configGet("maxmemory"))
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOPERM");
        }
    }

    @Test
    void serversStartsAnotherRedisOnItsOwnPortWithItsOwnData(RedisServer shared, Servers servers) {
        RedisServer another = servers.redis(RedisConfig.defaults()); // one it starts, even where REDIS_URL names the shared one

        assertThat(another.port()).isNotEqualTo(shared.port());
        assertThat(another.isOwned()).isTrue();
        try (RedisClient one = shared.newClient(); RedisClient two = another.newClient()) {
            one.set(shared.namespace() + "where", "first");
            assertThat(two.get(another.namespace() + "where")).isNull();
        }
    }

    @Test
    void aRedisThatShutDownOnItsOwnCanBeStartedAgainWithItsData(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().appendOnly());
        try (RedisClient client = redis.newClient()) {
            client.set("product:42", "espresso machine");
            // As an operator (or a crash) would: the server goes away without the workshop asking.
            assertThatThrownBy(() -> client.executeCommand(new CommandArguments(Protocol.Command.SHUTDOWN)))
                    .isInstanceOf(JedisConnectionException.class);
        }
        await().alias("the Redis that was told to SHUTDOWN must stop running").atMost(Duration.ofSeconds(10))
                .until(() -> !redis.isRunning());

        redis.start();
        redis.restart();

        try (RedisClient client = redis.newClient()) {
            assertThat(client.get("product:42")).isEqualTo("espresso machine");
        }
    }
}

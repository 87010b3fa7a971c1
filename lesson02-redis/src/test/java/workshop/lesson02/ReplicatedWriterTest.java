package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisDataException;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/** A primary and its replica, both started for the test (skipped against a shared REDIS_URL). */
@RealServers
@DisplayName("Exercise 2.10: Replication, read your write from a replica")
class ReplicatedWriterTest {

    @Test
    void aWriteThatWaitedForTheReplicaCanBeReadThereAtOnce(Servers servers) {
        RedisServer primary = servers.redis(RedisConfig.defaults());
        RedisServer replica = servers.redisReplicaOf(primary);
        try (RedisClient writer = primary.newClient(); RedisClient reader = replica.newClient()) {
            ReplicatedWriter replicated = new ReplicatedWriter(writer, 1, Duration.ofSeconds(1));

            for (int i = 0; i < 20; i++) {
                assertThat(replicated.write("product:" + i, "version " + i)).as("replicas that acknowledged write %d", i).isEqualTo(1);
                assertThat(reader.get("product:" + i)).as("read from the replica right after write %d", i).isEqualTo("version " + i);
            }
        }
    }

    @Test
    void theReplicaRefusesWrites(Servers servers) {
        RedisServer primary = servers.redis(RedisConfig.defaults());
        RedisServer replica = servers.redisReplicaOf(primary);
        try (RedisClient writer = primary.newClient(); RedisClient reader = replica.newClient()) {
            new ReplicatedWriter(writer, 1, Duration.ofSeconds(1)).write("product:1", "from the primary");

            assertThatThrownBy(() -> reader.set("product:1", "from the replica"))
                    .isInstanceOf(JedisDataException.class).hasMessageContaining("READONLY");
            assertThat(reader.get("product:1")).isEqualTo("from the primary");
        }
    }

    @Test
    void withNoReplicaTheWaitEndsAtItsTimeoutAndSaysNoneAcknowledged(Servers servers) {
        RedisServer alone = servers.redis(RedisConfig.defaults());
        try (RedisClient writer = alone.newClient()) {
            assertThat(new ReplicatedWriter(writer, 1, Duration.ofMillis(200)).write("product:1", "unreplicated")).isZero();
        }
    }
}

package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisDataException;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.ConnectionPoolConfig;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;

/** A primary and its replica, both started for the test (skipped against a shared REDIS_URL). */
@RealServers
// The connection check first: it fails the same way every run, where a replica that happens to be quick could let
// a wrong order pass the read-your-write test now and then.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Exercise 2.10: Replication, read your write from a replica")
class ReplicatedWriterTest {

    @Test
    @Order(2)
    void aWriteThatWaitedForTheReplicaCanBeReadThereAtOnce(Servers servers) {
        RedisServer primary = servers.redis(RedisConfig.defaults());
        RedisServer replica = servers.redisReplicaOf(primary);
        try (RedisClient writer = primary.newClient(); RedisClient reader = replica.newClient()) {
            ReplicatedWriter replicated = new ReplicatedWriter(writer, 1, Duration.ofSeconds(1));

            for (int i = 0; i < 20; i++) {
                assertThat(replicated.write("product:" + i, "version " + i)).as("2.10 must wait for the replica: replicas that"
                        + " acknowledged write %d", i).isEqualTo(1);
                assertThat(reader.get("product:" + i)).as("2.10 must return only once the replica has the write: read from"
                        + " the replica right after write %d", i).isEqualTo("version " + i);
            }
        }
    }

    @Test
    @Order(1)
    void sendsWaitOnTheConnectionThatWrote(Servers servers) {
        RedisServer primary = servers.redis(RedisConfig.defaults());
        servers.redisReplicaOf(primary);
        // Oldest idle connection first: with two idle, two commands in a row go out on different connections,
        // as they may in production under load. Only one connection for both makes WAIT wait for that SET.
        ConnectionPoolConfig oldestFirst = new ConnectionPoolConfig();
        oldestFirst.setLifo(false);
        oldestFirst.setMaxWait(Duration.ofSeconds(2));
        try (CountingProxy proxy = CountingProxy.redis(primary.address()); RedisClient writer = primary.newClientThrough(proxy, oldestFirst)) {
            try (AbstractPipeline first = writer.pipelined(); AbstractPipeline second = writer.pipelined()) {
                first.exists("warm-up");
                second.exists("warm-up");
            }
            proxy.reset();

            new ReplicatedWriter(writer, 1, Duration.ofSeconds(1)).write("product:1", "version 1");

            Traffic traffic = proxy.traffic();
            assertThat(traffic.commandsByConnection())
                    .as("2.10 must send WAIT on the connection that sent the SET, after it (WAIT counts only the writes of"
                            + " its own connection): commands by connection %s", traffic.commandsByConnection())
                    .anyMatch(commands -> commands.indexOf("SET") >= 0 && commands.lastIndexOf("WAIT") > commands.indexOf("SET"));
        }
    }

    @Test
    @Order(3)
    void theReplicaRefusesWrites(Servers servers) {
        RedisServer primary = servers.redis(RedisConfig.defaults());
        RedisServer replica = servers.redisReplicaOf(primary);
        try (RedisClient writer = primary.newClient(); RedisClient reader = replica.newClient()) {
            new ReplicatedWriter(writer, 1, Duration.ofSeconds(1)).write("product:1", "from the primary");

            assertThatThrownBy(() -> reader.set("product:1", "from the replica")).as("a write sent to the replica")
                    .isInstanceOf(JedisDataException.class).hasMessageContaining("READONLY");
            assertThat(reader.get("product:1")).as("2.10: the replica's copy of the primary's write").isEqualTo("from the primary");
        }
    }

    @Test
    void withNoReplicaTheWaitEndsAtItsTimeoutAndSaysNoneAcknowledged(Servers servers) {
        RedisServer alone = servers.redis(RedisConfig.defaults());
        try (RedisClient writer = alone.newClient()) {
            assertThat(new ReplicatedWriter(writer, 1, Duration.ofMillis(200)).write("product:1", "unreplicated"))
                    .as("2.10 must return what WAIT answered: replicas that acknowledged, with none attached").isZero();
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;

import workshop.support.servers.RedisCluster;
import workshop.support.servers.RedisServer;
import workshop.support.junit.RealServers;

/**
 * A Redis Cluster of three primaries on loopback: keys spread over all three by hash slot. (A multi-key command on
 * keys in different slots is refused: {@code NaiveClusterKeysTest}.)
 */
@RealServers
class ScalingOutTest {

    @Test
    void keysSpreadOverAllThreePrimaries(RedisCluster cluster) {
        try (RedisClusterClient client = cluster.newClient()) {
            IntStream.rangeClosed(1, 300).forEach(id -> client.set("spread-test:lesson05:price:" + id, "100"));

            // Each node's own count of this test's keys (the cluster is the class's: other tests write to it too).
            Map<Integer, Long> keysPerPrimary = new TreeMap<>();
            for (RedisServer primary : cluster.primaries()) {
                try (RedisClient node = primary.newClient()) {
                    keysPerPrimary.put(primary.port(), (long) node.keys("spread-test:*").size());
                }
            }
            assertThat(keysPerPrimary.values()).as("keys held by each primary").hasSize(3)
                    .allSatisfy(keys -> assertThat(keys).isBetween(70L, 130L)); // about a third each
            assertThat(keysPerPrimary.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(300);
            assertThat(client.get("spread-test:lesson05:price:150")).as("read back through the cluster client").isEqualTo("100");
        }
    }
}

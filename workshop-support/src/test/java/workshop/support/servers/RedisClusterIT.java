package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;

import workshop.support.junit.RealServers;

/** A cluster handed out by the extension is formed: every slot owned, every node known, on loopback. */
@RealServers
class RedisClusterIT {

    @Test
    void everyPrimaryOwnsAThirdOfTheSlotsAndKnowsTheOthers(RedisCluster cluster) {
        assertThat(cluster.primaries()).hasSize(3).allSatisfy(primary -> {
            assertThat(primary.host()).isEqualTo("127.0.0.1");
            try (RedisClient node = primary.newClient()) {
                String info = new String((byte[]) node.sendCommand(Protocol.Command.CLUSTER, "INFO"), StandardCharsets.UTF_8);
                assertThat(info).contains("cluster_state:ok", "cluster_slots_assigned:16384", "cluster_known_nodes:3");
            }
        });
        assertThat(RedisCluster.slotRange(0, 3)).containsExactly(0, 5460);
        assertThat(RedisCluster.slotRange(2, 3)).containsExactly(10922, 16383);
    }

    @Test
    void theClusterClientFindsEachKeysNode(RedisCluster cluster) {
        try (RedisClusterClient client = cluster.newClient()) {
            for (int i = 0; i < 50; i++) {
                client.set("cluster-it:" + i, Integer.toString(i));
            }
            for (int i = 0; i < 50; i++) {
                assertThat(client.get("cluster-it:" + i)).isEqualTo(Integer.toString(i));
            }
        }
    }
}

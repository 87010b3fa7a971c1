package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisClusterCRC16;

import workshop.support.servers.RedisCluster;
import workshop.support.servers.RedisServer;
import workshop.support.junit.RealServers;

/**
 * A Redis Cluster of three primaries on loopback: keys spread over all three by hash slot, and a multi-key command
 * is refused when its keys are in different slots (exercise 5.10 puts them in one, with a hash tag).
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

    @Test
    void aMultiKeyCommandOnKeysInDifferentSlotsIsRefused(RedisCluster cluster) {
        try (RedisClusterClient client = cluster.newClient()) {
            // Move a product from a user's cart to their wishlist: SMOVE, one atomic command on two keys.
            String cart = "refused-test:lesson05:cart:42";
            String wishlist = "refused-test:lesson05:wishlist:42";
            client.sadd(cart, "espresso cup");

            assertThat(JedisClusterCRC16.getSlot(cart)).isNotEqualTo(JedisClusterCRC16.getSlot(wishlist));
            assertThatThrownBy(() -> client.smove(cart, wishlist, "espresso cup"))
                    .as("SMOVE across slots").isInstanceOf(JedisException.class).hasMessageContaining("slot");
            assertThat(client.smembers(cart)).as("the cart, after the refused move").containsExactly("espresso cup");
            // Exercise 5.10 builds keys with a hash tag, so that a user's keys share one slot.
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisClusterCRC16;

import workshop.support.servers.RedisCluster;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * A Redis Cluster of three primaries on loopback: keys spread over all three by hash slot, and hash tags put the
 * keys a multi-key command needs into one slot.
 */
class ScalingOutTest {

    private static Servers servers;
    private static RedisCluster cluster;

    @BeforeAll
    static void startCluster() {
        servers = new Servers();
        cluster = servers.redisCluster(3);
    }

    @AfterAll
    static void stopCluster() {
        servers.close();
    }

    @Test
    void keysSpreadOverAllThreePrimaries() {
        try (RedisClusterClient client = cluster.newClient()) {
            IntStream.rangeClosed(1, 300).forEach(id -> client.set("lesson05:price:" + id, "100"));

            Map<Integer, Long> keysPerPrimary = new TreeMap<>();
            for (RedisServer primary : cluster.primaries()) {
                try (RedisClient node = primary.newClient()) {
                    keysPerPrimary.put(primary.port(), node.dbSize());
                }
            }
            assertThat(keysPerPrimary.values()).as("keys held by each primary").hasSize(3)
                    .allSatisfy(keys -> assertThat(keys).isBetween(70L, 130L)); // about a third each
            assertThat(keysPerPrimary.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(300);
            assertThat(client.get("lesson05:price:150")).as("read back through the cluster client").isEqualTo("100");
        }
    }

    @Test
    void aMultiKeyCommandNeedsItsKeysInOneSlotAndAHashTagPutsThemThere() {
        try (RedisClusterClient client = cluster.newClient()) {
            // Move a product from a user's cart to their wishlist: SMOVE, one atomic command on two keys.
            String cart = "lesson05:cart:42";
            String wishlist = "lesson05:wishlist:42";
            client.sadd(cart, "espresso cup");
            assertThat(JedisClusterCRC16.getSlot(cart)).isNotEqualTo(JedisClusterCRC16.getSlot(wishlist));
            assertThatThrownBy(() -> client.smove(cart, wishlist, "espresso cup"))
                    .as("SMOVE across slots").isInstanceOf(JedisException.class).hasMessageContaining("slot");

            // Only the part inside {…} is hashed: both keys land in the slot of "user:42", on one node.
            String taggedCart = "lesson05:{user:42}:cart";
            String taggedWishlist = "lesson05:{user:42}:wishlist";
            assertThat(JedisClusterCRC16.getSlot(taggedCart)).isEqualTo(JedisClusterCRC16.getSlot(taggedWishlist))
                    .isEqualTo(JedisClusterCRC16.getSlot("user:42"));
            client.sadd(taggedCart, "espresso cup");
            assertThat(client.smove(taggedCart, taggedWishlist, "espresso cup")).isEqualTo(1);
            assertThat(client.smembers(taggedWishlist)).containsExactly("espresso cup");
            assertThat(client.exists(taggedCart)).isFalse();
        }
    }
}

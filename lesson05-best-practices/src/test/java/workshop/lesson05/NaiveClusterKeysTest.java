package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisClusterCRC16;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisCluster;

/**
 * The naive half of 5.10, green in both modes: a user's cart and wishlist under plain keys land in different hash
 * slots, and a Redis Cluster refuses a command on both; {@code CartKeysTest} holds 5.10's hash tags to one slot.
 */
@RealServers
class NaiveClusterKeysTest {

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

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

import workshop.support.servers.RedisCluster;
import workshop.support.servers.RedisServer;
import workshop.support.junit.RealServers;

/** On a Redis Cluster of three primaries: one slot per user, and users spread over every node. */
@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.10: Keys for a Redis Cluster, with hash tags")
class CartKeysTest {

    @Test
    @Order(1)
    void aUsersCartAndWishlistShareOneSlot() {
        CartKeys keys = new CartKeys("");
        for (long user = 1; user <= 100; user++) {
            assertThat(JedisClusterCRC16.getSlot(keys.wishlist(user))).as("5.10 must give a user's cart and wishlist one "
                    + "hash tag, the user ({user:%d}), so they share a slot: %s and %s hash to the slots", user,
                    keys.cart(user), keys.wishlist(user)).isEqualTo(JedisClusterCRC16.getSlot(keys.cart(user)));
        }
        assertThat(keys.cart(42)).as("5.10: user 42's cart key, which must differ from the wishlist's and name the user")
                .isNotEqualTo(keys.wishlist(42)).contains("42");
        Set<Integer> slots = new HashSet<>();
        LongStream.rangeClosed(1, 300).forEach(user -> slots.add(JedisClusterCRC16.getSlot(keys.cart(user))));
        assertThat(slots).as("5.10 must tag each key with its own user, not a word every user shares (that puts every "
                + "cart on one node): the slots of 300 users' carts, of 16,384").hasSizeGreaterThan(250);
        assertThat(keys.cart(42)).as("5.10: user 42's cart key, as CartKeys' Javadoc gives it").isEqualTo("lesson05:{user:42}:cart");
        assertThat(new CartKeys("test:").wishlist(42)).as("5.10: user 42's wishlist key in the namespace test:, as CartKeys' Javadoc gives it")
                .isEqualTo("test:lesson05:{user:42}:wishlist");
    }

    @Test
    @Order(2)
    void onTheClusterAProductMovesFromCartToWishlistInOneStep(RedisCluster cluster) {
        try (RedisClusterClient client = cluster.newClient()) {
            Carts carts = new Carts(client, new CartKeys("move-test:"));
            for (long user = 1; user <= 30; user++) {
                carts.add(user, "espresso cup");
                carts.add(user, "milk jug");

                assertThat(carts.moveToWishlist(user, "espresso cup")).as("5.10: user %d's SMOVE from cart to wishlist", user).isTrue();
                assertThat(carts.cart(user)).as("5.10: user %d's cart after the move", user).containsExactly("milk jug");
                assertThat(carts.wishlist(user)).as("5.10: user %d's wishlist after the move", user).containsExactly("espresso cup");
            }
        }
    }

    @Test
    @Order(3)
    void differentUsersSpreadOverEveryPrimary(RedisCluster cluster) {
        CartKeys keys = new CartKeys("spread-test:");
        try (RedisClusterClient client = cluster.newClient()) {
            LongStream.rangeClosed(1, 300).forEach(user -> client.sadd(keys.cart(user), "espresso cup"));
        }
        List<Long> cartsPerPrimary = new ArrayList<>();
        for (RedisServer primary : cluster.primaries()) {
            try (RedisClient node = primary.newClient()) {
                cartsPerPrimary.add(node.keys("spread-test:*").stream().count());
            }
        }
        // A tag shared by every user (say {cart}) would put all 300 carts on one node.
        assertThat(cartsPerPrimary).as("5.10 must tag each key with its own user, not a word every user shares (that "
                + "puts every cart on one node): carts held by each of 3 primaries, of 300").allSatisfy(count -> assertThat(count).isBetween(50L, 150L));
    }
}

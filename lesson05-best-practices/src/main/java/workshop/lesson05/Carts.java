package workshop.lesson05;

import java.util.Set;

import redis.clients.jedis.UnifiedJedis;

/**
 * Shopping carts and wishlists as Redis sets, on one server or on a Redis Cluster alike. Moving a product from a
 * user's cart to their wishlist is one atomic command on two keys, {@code SMOVE}: on a cluster it works only when
 * both keys live in the same hash slot, which is what {@link CartKeys} (exercise 5.10) arranges.
 */
public final class Carts {

    private final UnifiedJedis redis;
    private final CartKeys keys;

    public Carts(UnifiedJedis redis, CartKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    public void add(long userId, String product) {
        redis.sadd(keys.cart(userId), product);
    }

    /** True when the product was in the cart and is now on the wishlist, in one step nobody can see half done. */
    public boolean moveToWishlist(long userId, String product) {
        return redis.smove(keys.cart(userId), keys.wishlist(userId), product) == 1;
    }

    public Set<String> cart(long userId) {
        return redis.smembers(keys.cart(userId));
    }

    public Set<String> wishlist(long userId) {
        return redis.smembers(keys.wishlist(userId));
    }
}

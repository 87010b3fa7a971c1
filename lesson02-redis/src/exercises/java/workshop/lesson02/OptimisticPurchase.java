package workshop.lesson02;

import java.util.OptionalLong;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.12: a purchase that reads the stock, decides, then writes the new stock and the sale together —
 * without a lock. Read, check, write is a race: two buyers who read at the same time both see the last unit, and
 * each writes its own new stock over the other's. An optimistic transaction lets Redis tell you that someone changed
 * the product after you read it; you then read again and decide again.
 */
public final class OptimisticPurchase {

    private final RedisClient redis;
    private final Keys keys;

    public OptimisticPurchase(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /**
     * Takes {@code quantity} from the stock of the product (the field {@code stock} of the hash
     * {@code keys.productHash(id)}, as in 2.2) and adds it to the product's units sold ({@code keys.topSellers()}, as
     * in 2.5), both or neither; returns the stock left, or empty (and changes nothing) when there are not enough.
     * Never sells more than the stock, never loses a sale made at the same time. README: "Exercise 2.12".
     */
    public OptionalLong buy(long id, long quantity) {
        throw Todo.exercise("2.12", "make OptimisticPurchase.buy(id, quantity) check the stock and take from it in an"
                + " optimistic transaction that no concurrent buyer can slip into");
    }
}

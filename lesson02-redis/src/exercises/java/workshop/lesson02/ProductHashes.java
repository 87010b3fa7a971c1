package workshop.lesson02;

import java.util.Optional;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.2: a product as a Redis hash, one field per property (name, priceCents, stock). A field can then
 * change on its own, atomically, on the server: no read-modify-write of the whole object.
 */
public final class ProductHashes {

    private final RedisClient redis;
    private final Keys keys;

    public ProductHashes(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** HSET {@code keys.productHash(id)} with the fields name, priceCents and stock. */
    public void save(Product product) {
        throw Todo.exercise("2.2", "implement ProductHashes.save(product) with HSET");
    }

    /** HGETALL; an empty map means no such hash. */
    public Optional<Product> load(long id) {
        throw Todo.exercise("2.2", "implement ProductHashes.load(id) with HGETALL");
    }

    /** Adds {@code delta} (negative for a sale) to the stock, in place, with HINCRBY; returns the new stock. */
    public long adjustStock(long id, long delta) {
        throw Todo.exercise("2.2", "implement ProductHashes.adjustStock(id, delta) with HINCRBY");
    }
}

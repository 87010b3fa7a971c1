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

    /** Stores the product in the hash {@code keys.productHash(id)}, fields name, priceCents and stock. */
    public void save(Product product) {
        throw Todo.exercise("2.2", "make ProductHashes.save(product) store the product as one hash, a field per property");
    }

    /** The product read back from its hash, or empty when it was never saved. */
    public Optional<Product> load(long id) {
        throw Todo.exercise("2.2", "make ProductHashes.load(id) read the product back from its hash (empty when never saved)");
    }

    /** Adds {@code delta} (negative for a sale) to the stock, in place on the server; returns the new stock. README: "Exercise 2.2". */
    public long adjustStock(long id, long delta) {
        throw Todo.exercise("2.2", "make ProductHashes.adjustStock(id, delta) change the stock on the server, atomically, and return the new stock");
    }
}

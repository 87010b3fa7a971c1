package workshop.lesson02;

import java.util.Map;
import java.util.Optional;

import redis.clients.jedis.RedisClient;

/**
 * Exercise 2.2: a product as a Redis hash, one field per property. A field can then change on its own, atomically,
 * on the server ({@code HINCRBY}): no read-modify-write of the whole object, and no lost update when two
 * purchases happen at once.
 */
public final class ProductHashes {

    private static final String NAME = "name";
    private static final String PRICE_CENTS = "priceCents";
    private static final String STOCK = "stock";

    private final RedisClient redis;
    private final Keys keys;

    public ProductHashes(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    public void save(Product product) {
        redis.hset(keys.productHash(product.id()), Map.of(
                NAME, product.name(),
                PRICE_CENTS, Long.toString(product.priceCents()),
                STOCK, Long.toString(product.stock())));
    }

    public Optional<Product> load(long id) {
        Map<String, String> fields = redis.hgetAll(keys.productHash(id));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Product(id, fields.get(NAME),
                Long.parseLong(fields.get(PRICE_CENTS)), Long.parseLong(fields.get(STOCK))));
    }

    /** Adds {@code delta} (negative for a sale) to the stock, in place; returns the new stock. */
    public long adjustStock(long id, long delta) {
        long stock = Long.parseLong(redis.hget(keys.productHash(id), STOCK)) + delta;
        redis.hset(keys.productHash(id), STOCK, Long.toString(stock));
        return stock;
    }
}

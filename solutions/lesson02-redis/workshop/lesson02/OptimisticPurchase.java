package workshop.lesson02;

import java.util.OptionalLong;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Transaction;

/**
 * Exercise 2.12: a purchase that reads the stock, decides, then writes the new stock and the sale together —
 * without a lock. {@code WATCH} makes the transaction optimistic: if anyone changes the product between our read
 * and our {@code EXEC}, Redis runs none of the transaction and {@code EXEC} answers null; we read again and decide
 * again. Two buyers can no longer both sell the last unit, and no sale overwrites another.
 */
public final class OptimisticPurchase {

    private static final String STOCK = "stock";
    /** Each failed attempt means another buyer succeeded, so a busy product still makes progress; this only bounds a bug. */
    static final int MAX_ATTEMPTS = 100;

    private final RedisClient redis;
    private final Keys keys;

    public OptimisticPurchase(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** Takes {@code quantity} from the product's stock and counts the sale; the stock left, or empty if not enough. */
    public OptionalLong buy(long id, long quantity) {
        String product = keys.productHash(id);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            // WATCH belongs to a connection: WATCH, the read, MULTI and EXEC must all use this one.
            try (Jedis connection = new Jedis(redis.getPool().getResource())) {
                connection.watch(product); // first: a change after this line aborts our EXEC
                String stockText = connection.hget(product, STOCK);
                long stock = stockText == null ? 0 : Long.parseLong(stockText);
                if (stock < quantity) {
                    connection.unwatch(); // the connection goes back to the pool: leave no WATCH on it
                    return OptionalLong.empty();
                }
                try (Transaction transaction = connection.multi()) {
                    transaction.hset(product, STOCK, Long.toString(stock - quantity));
                    transaction.zincrby(keys.topSellers(), quantity, Long.toString(id));
                    if (transaction.exec() != null) {
                        return OptionalLong.of(stock - quantity);
                    }
                }
                // EXEC answered null: the product changed after our read, nothing was written. Read again.
            }
        }
        throw new IllegalStateException("product " + id + " changed under every one of " + MAX_ATTEMPTS + " attempts to buy it");
    }
}

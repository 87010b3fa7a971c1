package workshop.lesson02;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import redis.clients.jedis.RedisClient;

/**
 * The catalog's purchases: 2.12's optimistic transaction, behind the API's {@code POST /products/{id}/purchases}. A
 * product's stock lives in its hash (2.2), made from the database the first time the product is bought.
 *
 * <p>Two buyers who read the same stock do not both get it: the one whose {@code EXEC} comes second is aborted and
 * reads again (inside {@link OptimisticPurchase#buy}), so a conflict costs a retry, never an error nor an oversold
 * unit. Only a purchase larger than the stock is refused.
 */
public final class Purchases {

    /** What a purchase came to. */
    public sealed interface Outcome {
    }

    /** Bought: what is left. */
    public record Bought(long stockLeft) implements Outcome {
    }

    /** Refused: fewer than asked for in stock. */
    public record NotEnough(long inStock) implements Outcome {
    }

    /** No such product in the database. */
    public record NoSuchProduct() implements Outcome {
    }

    /**
     * Makes the hash in one step, and only if it is not there: two first buyers at once must not both write the
     * database's stock, or the second would undo the first one's sale.
     */
    private static final String CREATE_IF_ABSENT = """
            if redis.call('EXISTS', KEYS[1]) == 0 then
              redis.call('HSET', KEYS[1], 'name', ARGV[1], 'priceCents', ARGV[2], 'stock', ARGV[3])
            end
            return 0
            """;

    private final RedisClient redis;
    private final Keys keys;
    private final ProductDatabase database;
    private final ProductHashes hashes;
    private final OptimisticPurchase purchase;

    public Purchases(RedisClient redis, Keys keys, ProductDatabase database) {
        this.redis = redis;
        this.keys = keys;
        this.database = database;
        this.hashes = new ProductHashes(redis, keys);
        this.purchase = new OptimisticPurchase(redis, keys);
    }

    /** Takes {@code quantity} units of the product, or says why not. */
    public Outcome buy(long id, long quantity) {
        OptionalLong left = purchase.buy(id, quantity);
        if (left.isEmpty() && hashes.load(id).isEmpty()) {
            // Never bought before: its hash comes from the database, once, then the purchase is tried again.
            Optional<Product> product = database.findById(id);
            if (product.isEmpty()) {
                return new NoSuchProduct();
            }
            redis.eval(CREATE_IF_ABSENT, List.of(keys.productHash(id)), List.of(product.get().name(),
                    Long.toString(product.get().priceCents()), Long.toString(product.get().stock())));
            left = purchase.buy(id, quantity);
        }
        if (left.isPresent()) {
            return new Bought(left.getAsLong());
        }
        return new NotEnough(hashes.load(id).map(Product::stock).orElse(0L));
    }
}

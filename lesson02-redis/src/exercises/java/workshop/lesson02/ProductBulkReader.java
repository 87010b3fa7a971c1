package workshop.lesson02;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.6: many products in one round trip. Ten reads one after another cost ten network round
 * trips; one read of ten keys costs one. The misses are loaded from the database and written back: again one round
 * trip, not one per product.
 */
public final class ProductBulkReader {

    private final RedisClient redis;
    private final Keys keys;
    private final Duration timeToLive;

    public ProductBulkReader(RedisClient redis, Keys keys, Duration timeToLive) {
        this.redis = redis;
        this.keys = keys;
        this.timeToLive = timeToLive;
    }

    /**
     * The products found, by id, in the order asked; unknown ids are left out. A page of ten products must not cost
     * ten waits on the network: read them all in one round trip, and write the misses back (with a time to live)
     * in one more. README: "Exercise 2.6".
     */
    public Map<Long, Product> getAll(List<Long> ids, ProductDatabase database) {
        throw Todo.exercise("2.6", "make ProductBulkReader.getAll(ids, database) read every key in one round trip and write the misses back in one more");
    }
}

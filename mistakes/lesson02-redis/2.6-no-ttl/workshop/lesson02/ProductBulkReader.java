package workshop.lesson02;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Exercise 2.6: many products in one round trip. Ten {@code GET}s cost ten network round trips; one {@code MGET}
 * costs one. The misses are loaded from the database and written back in one pipeline: again one round trip.
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

    /** The products found, by id, in the order asked; unknown ids are left out. */
    public Map<Long, Product> getAll(List<Long> ids, ProductDatabase database) {
        List<String> cached = redis.mget(ids.stream().map(keys::product).toArray(String[]::new));
        Map<Long, Product> found = new LinkedHashMap<>();
        Map<Long, Product> loaded = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (cached.get(i) != null) {
                found.put(id, ProductJson.read(cached.get(i)));
            } else {
                database.findById(id).ifPresent(product -> {
                    found.put(id, product);
                    loaded.put(id, product);
                });
            }
        }
        if (!loaded.isEmpty()) {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                loaded.forEach((id, product) -> pipeline.set(keys.product(id), ProductJson.write(product)));
            }
        }
        return found;
    }
}

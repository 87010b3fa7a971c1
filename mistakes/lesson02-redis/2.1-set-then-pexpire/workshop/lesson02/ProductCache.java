package workshop.lesson02;

import java.time.Duration;
import java.util.Optional;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Exercise 2.1: cache-aside in Redis. Products are stored as JSON strings that expire on their own: Redis deletes
 * them when their time to live runs out, so a stale price lives at most that long.
 */
public final class ProductCache {

    /** What a lookup found, and whether Redis had it (a hit) or the database was asked (a miss). */
    public record Lookup(Optional<Product> product, boolean hit) {
    }

    private final RedisClient redis;
    private final Keys keys;
    private final Duration timeToLive;

    public ProductCache(RedisClient redis, Keys keys, Duration timeToLive) {
        this.redis = redis;
        this.keys = keys;
        this.timeToLive = timeToLive;
    }

    public Lookup find(long id, ProductDatabase database) {
        String cached = redis.get(keys.product(id));
        if (cached != null) {
            return new Lookup(Optional.of(ProductJson.read(cached)), true);
        }
        Optional<Product> loaded = database.findById(id);
        loaded.ifPresent(product ->
        {
                    redis.set(keys.product(id), ProductJson.write(product));
                    redis.pexpire(keys.product(id), timeToLive.toMillis());
                });
        return new Lookup(loaded, false);
    }

    /** How long the cached copy has left: what {@code PTTL} says, or empty when nothing is cached. */
    public Optional<Duration> remainingTimeToLive(long id) {
        long millis = redis.pttl(keys.product(id));
        return millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }
}

package workshop.lesson02;

import java.time.Duration;
import java.util.Optional;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

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

    /**
     * GET {@code keys.product(id)}: a hit is the JSON of the product ({@link ProductJson#read}). On a miss, ask the
     * database; if it found the product, SET its JSON with a time to live ({@code SetParams.setParams().px(...)}).
     */
    public Lookup find(long id, ProductDatabase database) {
        throw Todo.exercise("2.1", "implement ProductCache.find(id, database): GET the product's key, else load it and SET it with PX");
    }

    /** How long the cached copy has left: what {@code PTTL} says, or empty when nothing is cached. */
    public Optional<Duration> remainingTimeToLive(long id) {
        throw Todo.exercise("2.1", "implement ProductCache.remainingTimeToLive(id) with PTTL");
    }
}

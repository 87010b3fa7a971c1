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
     * Cache-aside: answer from Redis when it has the product (a hit); else ask the database and, if it found the
     * product, leave a copy in Redis that expires on its own after the time to live, stored with its expiry in one
     * atomic step. README: "Exercise 2.1".
     */
    public Lookup find(long id, ProductDatabase database) {
        throw Todo.exercise("2.1", "make ProductCache.find(id, database) answer from Redis, or from the database leaving a copy that expires");
    }

    /** How long the cached copy has left, as Redis counts it, or empty when nothing is cached. */
    public Optional<Duration> remainingTimeToLive(long id) {
        throw Todo.exercise("2.1", "make ProductCache.remainingTimeToLive(id) say how long the cached copy has left, as Redis counts it");
    }
}

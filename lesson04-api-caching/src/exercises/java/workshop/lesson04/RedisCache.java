package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

import redis.clients.jedis.UnifiedJedis;

import workshop.support.exercises.Todo;

/**
 * Exercise 4.1: the cache port on Redis. Each method is one command; a Jedis exception (JedisException: down,
 * timed out) becomes a {@link CacheUnavailableException}, so callers can fall back to the origin.
 */
public final class RedisCache implements Cache {

    private final UnifiedJedis redis;

    /**
     * Any Jedis client: a {@code RedisClient} for one server, or a {@code RedisClusterClient} for a Redis Cluster
     * (each command here names one key, so the cluster client sends it to that key's node).
     */
    public RedisCache(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** GET. */
    @Override
    public Optional<String> get(String key) {
        throw Todo.exercise("4.1", "implement RedisCache.get(key) with GET");
    }

    /** SET with PX (milliseconds). */
    @Override
    public void put(String key, String value, Duration ttl) {
        throw Todo.exercise("4.1", "implement RedisCache.put(key, value, ttl) with SET ... PX");
    }

    /** SET with NX and PX: Redis answers "OK" when it stored the value, nil when the key was taken. */
    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        throw Todo.exercise("4.1", "implement RedisCache.putIfAbsent(key, value, ttl) with SET ... NX PX");
    }

    /** DEL. */
    @Override
    public void delete(String key) {
        throw Todo.exercise("4.1", "implement RedisCache.delete(key) with DEL");
    }
}

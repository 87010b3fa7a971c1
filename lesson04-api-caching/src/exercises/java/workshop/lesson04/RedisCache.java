package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

import redis.clients.jedis.UnifiedJedis;

import workshop.support.exercises.Todo;

/**
 * Exercise 4.1: the cache port on Redis. Each method is one command (atomic: no window between two); a store that
 * does not answer (down, timed out) is a {@link CacheUnavailableException}, so callers can fall back to the origin.
 * README: "Exercise 4.1"; hints: {@code hints/4.1.md}.
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

    @Override
    public Optional<String> get(String key) {
        throw Todo.exercise("4.1", "implement RedisCache.get(key)");
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        throw Todo.exercise("4.1", "implement RedisCache.put(key, value, ttl): the value and its TTL in one command");
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        throw Todo.exercise("4.1", "implement RedisCache.putIfAbsent(key, value, ttl): store only if absent, with its TTL, in one command, and say whether it did");
    }

    @Override
    public void delete(String key) {
        throw Todo.exercise("4.1", "implement RedisCache.delete(key)");
    }
}

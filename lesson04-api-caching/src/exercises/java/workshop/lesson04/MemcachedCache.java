package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 4.1: the cache port on Memcached. Two of its rules show here: expiry is in whole seconds (and 0 means
 * "never"), and above 30 days the number is read as a Unix timestamp. Its writes are asynchronous, yet a failed write
 * must be seen. A store that does not answer is a {@link CacheUnavailableException}; an invalid key is a bug, not an
 * outage. README: "Exercise 4.1"; hints: {@code hints/4.1.md}.
 */
public final class MemcachedCache implements Cache {

    private final MemcachedClient memcached;

    public MemcachedCache(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    @Override
    public Optional<String> get(String key) {
        throw Todo.exercise("4.1", "implement MemcachedCache.get(key)");
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        throw Todo.exercise("4.1", "implement MemcachedCache.put(key, value, ttl): a TTL Memcached reads as the caller meant it");
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        throw Todo.exercise("4.1", "implement MemcachedCache.putIfAbsent(key, value, ttl): store only if absent, atomically, and say whether it did");
    }

    @Override
    public void delete(String key) {
        throw Todo.exercise("4.1", "implement MemcachedCache.delete(key)");
    }
}

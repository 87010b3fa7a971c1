package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 4.1: the cache port on Memcached. Two of its rules show here: expiry is in whole seconds (and 0 means
 * "never", so a TTL under a second must round up, not down), and above 30 days the number is read as a Unix
 * timestamp (so refuse such a TTL). Writes are asynchronous: wait for each one's Future, no longer than the client's
 * own {@code getOperationTimeout()}, so that a failure is seen. Any exception from spymemcached becomes a
 * {@link CacheUnavailableException} — except IllegalArgumentException (an invalid key: a bug, not an outage).
 */
public final class MemcachedCache implements Cache {

    private final MemcachedClient memcached;

    public MemcachedCache(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    /** get. */
    @Override
    public Optional<String> get(String key) {
        throw Todo.exercise("4.1", "implement MemcachedCache.get(key)");
    }

    /** set, with the TTL in whole seconds, rounded up. */
    @Override
    public void put(String key, String value, Duration ttl) {
        throw Todo.exercise("4.1", "implement MemcachedCache.put(key, value, ttl) with set, the TTL rounded up to seconds");
    }

    /** add: stores only if the key is absent, and says whether it did. */
    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        throw Todo.exercise("4.1", "implement MemcachedCache.putIfAbsent(key, value, ttl) with add");
    }

    /** delete. */
    @Override
    public void delete(String key) {
        throw Todo.exercise("4.1", "implement MemcachedCache.delete(key)");
    }
}

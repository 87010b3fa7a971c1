package workshop.lesson03;

import java.util.function.UnaryOperator;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 3.4: optimistic concurrency. {@code gets} returns a value with its version (the CAS id); {@code cas}
 * writes only if nobody changed the value since: otherwise read again, change again, try again. No lock, and no
 * lost update.
 */
public final class CasUpdater {

    private final MemcachedClient memcached;

    public CasUpdater(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    /**
     * Applies {@code change} to the value ({@code null} when absent) until it sticks; returns what was stored. Loop:
     * {@code gets}; if absent, {@code add} the changed value (add fails if someone else added first: go round again);
     * else {@code cas} with the CAS id, and go round again unless it answers {@code CASResponse.OK}.
     */
    public String update(String key, int ttlSeconds, UnaryOperator<String> change) throws Exception {
        throw Todo.exercise("3.4", "implement CasUpdater.update(key, ttl, change): a gets/cas loop that retries");
    }
}

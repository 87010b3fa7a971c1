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
     * Applies {@code change} to the value ({@code null} when absent) until it sticks; returns what was stored. Another
     * instance may change or create the value between your read and your write: its change must never be lost.
     * README: "Exercise 3.4"; hints: {@code hints/3.4.md}.
     */
    public String update(String key, int ttlSeconds, UnaryOperator<String> change) throws Exception {
        throw Todo.exercise("3.4", "implement CasUpdater.update(key, ttl, change): apply the change so that no other writer's change is lost, and retry when one got in first");
    }
}

package workshop.lesson03;

import java.util.function.UnaryOperator;

import net.spy.memcached.CASValue;
import net.spy.memcached.MemcachedClient;

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

    /** Applies {@code change} to the value ({@code null} when absent) until it sticks; returns what was stored. */
    public String update(String key, int ttlSeconds, UnaryOperator<String> change) throws Exception {
        while (true) {
            CASValue<Object> current = memcached.gets(key);
            if (current == null) {
                String created = change.apply(null);
                if (memcached.add(key, ttlSeconds, created).get()) {
                    return created; // nobody had it; someone else adding first makes add fail, and we go round again
                }
                continue;
            }
            String changed = change.apply((String) current.getValue());
            memcached.cas(key, current.getCas(), ttlSeconds, changed);
            return changed;
        }
    }
}

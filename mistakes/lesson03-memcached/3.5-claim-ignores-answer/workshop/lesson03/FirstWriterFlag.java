package workshop.lesson03;

import net.spy.memcached.MemcachedClient;

/**
 * Exercise 3.5, part one: {@code add} stores only if the key does not exist, atomically. Of many app instances that
 * try to claim a job at once, exactly one wins.
 */
public final class FirstWriterFlag {

    private final MemcachedClient memcached;

    public FirstWriterFlag(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    /** True for the first caller to claim {@code key} (until it expires); false for everyone after. */
    public boolean claim(String key, String owner, int ttlSeconds) throws Exception {
        memcached.add(key, ttlSeconds, owner).get();
        return true;
    }

    /** Who holds the claim, or null. */
    public String owner(String key) {
        return (String) memcached.get(key);
    }
}

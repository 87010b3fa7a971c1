package workshop.lesson03;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 3.5, part one: {@code add} stores only if the key does not exist, atomically. Of many app instances that
 * try to claim a job at once, exactly one wins.
 */
public final class FirstWriterFlag {

    private final MemcachedClient memcached;

    public FirstWriterFlag(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    /**
     * True for the first caller to claim {@code key} (until it expires); false for everyone after, even when all ask
     * at the same instant from different machines. README: "Exercise 3.5"; hints: {@code hints/3.5.md}.
     */
    public boolean claim(String key, String owner, int ttlSeconds) throws Exception {
        throw Todo.exercise("3.5", "implement FirstWriterFlag.claim(key, owner, ttl): exactly one winner, decided atomically by Memcached");
    }

    /** Who holds the claim, or null. */
    public String owner(String key) {
        throw Todo.exercise("3.5", "implement FirstWriterFlag.owner(key): who holds the claim");
    }
}

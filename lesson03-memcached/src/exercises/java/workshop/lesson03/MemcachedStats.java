package workshop.lesson03;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 3.8: what a Memcached says about its memory ({@code stats}): how many items it holds, how many it
 * evicted to make room, the bytes they take and its limit ({@code -m}). Evictions rising means the cache is too
 * small for what is asked of it.
 */
public final class MemcachedStats {

    /** The numbers that matter for memory, from one server. */
    public record Memory(long items, long evictions, long bytes, long limitBytes) {
    }

    private MemcachedStats() {
    }

    /**
     * The memory numbers of the client's first (or only) server, as the server itself reports them: the items it
     * holds now, its evictions, the bytes held and its limit. README: "Exercise 3.8"; hints: {@code hints/3.8.md}.
     */
    public static Memory read(MemcachedClient memcached) {
        throw Todo.exercise("3.8", "implement MemcachedStats.read(memcached): the server's own numbers for items held, evictions, bytes and its limit");
    }
}

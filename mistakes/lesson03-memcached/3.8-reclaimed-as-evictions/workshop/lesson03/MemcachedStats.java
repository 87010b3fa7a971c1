package workshop.lesson03;

import java.util.Map;

import net.spy.memcached.MemcachedClient;

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

    /** The memory numbers of the client's first (or only) server. */
    public static Memory read(MemcachedClient memcached) {
        Map<String, String> stats = memcached.getStats().values().iterator().next();
        return new Memory(Long.parseLong(stats.get("curr_items")), Long.parseLong(stats.get("reclaimed")),
                Long.parseLong(stats.get("bytes")), Long.parseLong(stats.get("limit_maxbytes")));
    }
}

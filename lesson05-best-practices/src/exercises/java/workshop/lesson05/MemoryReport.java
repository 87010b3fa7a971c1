package workshop.lesson05;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.5, part one: what Redis says about its memory and its hits, from {@code INFO}: how much it uses, its
 * limit, how many keys it evicted, and the hit ratio. A cache that evicts a lot and hits little is too small.
 */
public record MemoryReport(long usedBytes, long maxBytes, long evictedKeys, long hits, long misses) {

    /**
     * Reads the numbers from {@code redis.info("memory")} (used_memory, maxmemory) and {@code redis.info("stats")}
     * (evicted_keys, keyspace_hits, keyspace_misses): lines of {@code name:value}.
     */
    public static MemoryReport of(RedisClient redis) {
        throw Todo.exercise("5.5", "implement MemoryReport.of(redis) from INFO memory and INFO stats");
    }

    /** Hits ÷ lookups; 1.0 before any lookup. */
    public double hitRatio() {
        throw Todo.exercise("5.5", "implement MemoryReport.hitRatio()");
    }
}

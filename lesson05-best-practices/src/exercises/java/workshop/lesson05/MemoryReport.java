package workshop.lesson05;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.5, part one: what Redis says about its memory and its hits, from {@code INFO}: how much it uses, its
 * limit, how many keys it evicted, and the hit ratio. A cache that evicts a lot and hits little is too small.
 */
public record MemoryReport(long usedBytes, long maxBytes, long evictedKeys, long hits, long misses) {

    /**
     * The numbers as Redis itself counts them (its INFO sections on memory and on stats), not as this JVM saw them:
     * every client's hits and misses count. README: "Exercise 5.5".
     */
    public static MemoryReport of(RedisClient redis) {
        throw Todo.exercise("5.5", "implement MemoryReport.of(redis) from INFO memory and INFO stats");
    }

    /** The share of lookups that found their key, as a fraction; 1.0 before any lookup (nothing has missed yet). */
    public double hitRatio() {
        throw Todo.exercise("5.5", "implement MemoryReport.hitRatio()");
    }
}

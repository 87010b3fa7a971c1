package workshop.lesson05;

import java.util.Map;
import java.util.stream.Collectors;

import redis.clients.jedis.RedisClient;

/**
 * Exercise 5.5, part one: what Redis says about its memory and its hits, from {@code INFO}: how much it uses, its
 * limit, how many keys it evicted, and the hit ratio. A cache that evicts a lot and hits little is too small.
 */
public record MemoryReport(long usedBytes, long maxBytes, long evictedKeys, long hits, long misses) {

    /** Reads the numbers from INFO's memory and stats sections. */
    public static MemoryReport of(RedisClient redis) {
        Map<String, String> info = (redis.info("memory") + redis.info("stats")).lines()
                .filter(line -> line.contains(":"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(':')),
                        line -> line.substring(line.indexOf(':') + 1).trim(), (first, second) -> second));
        return new MemoryReport(Long.parseLong(info.get("used_memory")), Long.parseLong(info.get("maxmemory")),
                Long.parseLong(info.get("evicted_keys")), Long.parseLong(info.get("keyspace_hits")),
                Long.parseLong(info.get("keyspace_misses")));
    }

    /** Hits ÷ lookups; 1.0 before any lookup. */
    public double hitRatio() {
        long lookups = hits + misses;
        return (double) hits / lookups;
    }
}

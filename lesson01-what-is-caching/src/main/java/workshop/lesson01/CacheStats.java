package workshop.lesson01;

/**
 * What a cache has done so far: the numbers that tell whether it earns its memory.
 *
 * @param hits      lookups answered from the cache
 * @param misses    lookups that had to go to the source
 * @param evictions entries thrown out to make room
 */
public record CacheStats(long hits, long misses, long evictions) {

    public static final CacheStats EMPTY = new CacheStats(0, 0, 0);

    public CacheStats {
        if (hits < 0 || misses < 0 || evictions < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public long requests() {
        return hits + misses;
    }

    /** The share of lookups answered from the cache; 1.0 before any lookup, as Caffeine reports it. */
    public double hitRatio() {
        return requests() == 0 ? 1.0 : (double) hits / requests();
    }
}

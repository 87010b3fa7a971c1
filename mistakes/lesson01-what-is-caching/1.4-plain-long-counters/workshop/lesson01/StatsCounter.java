package workshop.lesson01;

/**
 * Exercise 1.4: counts hits, misses and evictions, safely from many threads at once. {@link LongAdder} rather
 * than a plain long (lost updates) or an AtomicLong (threads queue on one memory word under load).
 */
public final class StatsCounter {

    private long hits;
    private long misses;
    private long evictions;

    public void recordHit() {
        hits++;
    }

    public void recordMiss() {
        misses++;
    }

    public void recordEviction() {
        evictions++;
    }

    /** The counts now, as an immutable record. */
    public CacheStats snapshot() {
        return new CacheStats(hits, misses, evictions);
    }
}

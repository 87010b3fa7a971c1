package workshop.lesson01;

import java.util.concurrent.atomic.LongAdder;

/**
 * Exercise 1.4: counts hits, misses and evictions, safely from many threads at once. {@link LongAdder} rather
 * than a plain long (lost updates) or an AtomicLong (threads queue on one memory word under load).
 */
public final class StatsCounter {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder evictions = new LongAdder();

    public void recordHit() {
        hits.increment();
    }

    public void recordMiss() {
        misses.increment();
    }

    public void recordEviction() {
        evictions.increment();
    }

    /** The counts now, as an immutable record. */
    public CacheStats snapshot() {
        return new CacheStats(hits.sum(), misses.sum(), evictions.sum());
    }
}

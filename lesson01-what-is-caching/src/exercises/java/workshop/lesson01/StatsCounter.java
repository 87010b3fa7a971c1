package workshop.lesson01;

import workshop.support.exercises.Todo;

/**
 * Exercise 1.4: counts hits, misses and evictions, safely from many threads at once (several requests may hit
 * the cache at the same moment: a plain {@code long++} would lose counts).
 */
public final class StatsCounter {

    public void recordHit() {
        throw Todo.exercise("1.4", "implement StatsCounter.recordHit() (and recordMiss, recordEviction, snapshot)");
    }

    public void recordMiss() {
        throw Todo.exercise("1.4", "implement StatsCounter.recordMiss()");
    }

    public void recordEviction() {
        throw Todo.exercise("1.4", "implement StatsCounter.recordEviction()");
    }

    /** The counts now, as an immutable record. */
    public CacheStats snapshot() {
        throw Todo.exercise("1.4", "implement StatsCounter.snapshot(): the counts so far as a CacheStats");
    }
}

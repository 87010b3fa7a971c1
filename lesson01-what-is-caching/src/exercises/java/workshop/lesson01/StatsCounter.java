package workshop.lesson01;

import workshop.support.exercises.Todo;

/**
 * Exercise 1.4: counts hits, misses and evictions, safely from many threads at once (several requests may hit
 * the cache at the same moment: a plain {@code long++} would lose counts).
 */
public final class StatsCounter {

    public void recordHit() {
        throw Todo.exercise("1.4", "make StatsCounter count hits (and misses, evictions, and report them), correctly from many threads");
    }

    public void recordMiss() {
        throw Todo.exercise("1.4", "make StatsCounter count misses");
    }

    public void recordEviction() {
        throw Todo.exercise("1.4", "make StatsCounter count evictions");
    }

    /** The counts now, as an immutable record. */
    public CacheStats snapshot() {
        throw Todo.exercise("1.4", "make StatsCounter report the counts so far");
    }
}

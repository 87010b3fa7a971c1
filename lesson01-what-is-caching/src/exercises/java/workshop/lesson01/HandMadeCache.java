package workshop.lesson01;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;

import workshop.support.exercises.Todo;

/**
 * A cache written by hand, to see every moving part: a map (1.1), a time to live read from a clock (1.2), a size
 * bound that evicts the least recently used entry (1.3), and statistics (1.4). One lock guards it all: simple and
 * correct, though a busy cache would want finer locking (Caffeine's job, in 1.6).
 */
public final class HandMadeCache<K, V> implements Cache<K, V> {

    /** A value with the moment it was written, so that its age can be told. */
    private record Entry<V>(V value, Instant writtenAt) {
    }

    private final CacheSettings settings;
    /** In access order: iteration starts at the least recently used entry. */
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final StatsCounter stats;

    public HandMadeCache(CacheSettings settings) {
        this.settings = settings;
        this.stats = settings.statsEnabled() ? new StatsCounter() : null;
    }

    @Override
    public synchronized Optional<V> getIfPresent(K key) {
        Entry<V> entry = entries.get(key);
        if (entry != null && settings.timeToLive().isPresent() && isExpired(entry)) {
            entries.remove(key);
            entry = null;
            if (stats != null) {
                stats.recordEviction(); // an expiry counts as an eviction, as in Caffeine
            }
        }
        if (stats != null) {
            if (entry == null) {
                stats.recordMiss();
            } else {
                stats.recordHit();
            }
        }
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    @Override
    public synchronized void put(K key, V value) {
        entries.put(key, new Entry<>(value, settings.clock().instant()));
        if (settings.isBounded()) {
            evictIfOverCapacity();
        }
    }

    /**
     * Exercise 1.1: cache-aside. The origin is slow: answer a key from memory when you can, and ask the origin only
     * for what you do not have yet, remembering its answer for next time. "Nothing found" is not worth remembering
     * (the product may be added). A slow answer for one key must not hold up readers of other keys.
     * README: "Exercise 1.1".
     */
    @Override
    public V get(K key, Function<? super K, ? extends V> loader) {
        throw Todo.exercise("1.1", "make HandMadeCache.get(key, loader) answer from memory, asking the origin only for what it does not hold yet");
    }

    /**
     * Exercise 1.2: is this entry past its time to live? A copy may be stale, so it is trusted only for a while
     * after it was written, and "now" must come from the time source the cache was given, so tests can move it.
     * README: "Exercise 1.2".
     */
    private boolean isExpired(Entry<V> entry) {
        throw Todo.exercise("1.2", "make HandMadeCache.isExpired(entry) say whether the entry has outlived its time to live");
    }

    /**
     * Exercise 1.3: memory is finite: past its maximum size the cache must make room, giving up the entries it is
     * least likely to need again (those used least recently), and count each one it gives up.
     * README: "Exercise 1.3".
     */
    private void evictIfOverCapacity() {
        throw Todo.exercise("1.3", "make HandMadeCache.evictIfOverCapacity() keep the cache within its maximum size");
    }

    @Override
    public synchronized void invalidate(K key) {
        entries.remove(key);
    }

    @Override
    public synchronized long size() {
        return entries.size();
    }

    @Override
    public CacheStats stats() {
        return stats == null ? CacheStats.EMPTY : stats.snapshot();
    }
}

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
     * Exercise 1.1: cache-aside. If the key is cached, return its value; else ask {@code loader}, store what it
     * returns (unless null: nothing found, nothing cached), and return it. Use getIfPresent and put.
     */
    @Override
    public V get(K key, Function<? super K, ? extends V> loader) {
        throw Todo.exercise("1.1", "implement HandMadeCache.get(key, loader): return the cached value, or load, store and return it");
    }

    /**
     * Exercise 1.2: is this entry past its time to live? It expires exactly at writtenAt + timeToLive: one
     * millisecond before, it is still fresh. Read "now" from settings.clock(), never from System.
     */
    private boolean isExpired(Entry<V> entry) {
        throw Todo.exercise("1.2", "implement HandMadeCache.isExpired(entry): compare the clock with writtenAt + timeToLive");
    }

    /**
     * Exercise 1.3: while the cache holds more than settings.maximumSize() entries, remove the least recently
     * used one, and count each eviction (when stats is not null). Hint: entries is a LinkedHashMap in access
     * order, so its iterator starts at the least recently used entry.
     */
    private void evictIfOverCapacity() {
        throw Todo.exercise("1.3", "implement HandMadeCache.evictIfOverCapacity(): evict least recently used entries past the maximum size");
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

package workshop.lesson01;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
     * Exercise 1.1: cache-aside. If cached, return it; else load, store, return. Not synchronized: a slow load
     * must not block every other key. The price: threads missing the same key at once all load it (see 1.5).
     */
    @Override
    public synchronized V get(K key, Function<? super K, ? extends V> loader) {
        Optional<V> cached = getIfPresent(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        V loaded = loader.apply(key);
        if (loaded != null) {
            put(key, loaded);
        }
        return loaded;
    }

    /** Exercise 1.2: an entry is expired from the instant its time to live has passed, exactly. */
    private boolean isExpired(Entry<V> entry) {
        Instant expiresAt = entry.writtenAt().plus(settings.timeToLive().orElseThrow());
        return !settings.clock().instant().isBefore(expiresAt);
    }

    /** Exercise 1.3: past the maximum size, drop the least recently used entries (the first in access order). */
    private void evictIfOverCapacity() {
        Iterator<Map.Entry<K, Entry<V>>> leastRecentlyUsedFirst = entries.entrySet().iterator();
        while (entries.size() > settings.maximumSize()) {
            leastRecentlyUsedFirst.next();
            leastRecentlyUsedFirst.remove();
            if (stats != null) {
                stats.recordEviction();
            }
        }
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

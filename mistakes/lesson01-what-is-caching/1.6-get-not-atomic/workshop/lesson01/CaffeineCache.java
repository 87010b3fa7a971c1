package workshop.lesson01;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Exercise 1.6: the same {@link Cache}, backed by Caffeine. Everything 1.1–1.5 built by hand is one builder
 * call each: expiry, a size bound (with a smarter policy than LRU: W-TinyLFU), statistics, and a {@code get}
 * that loads each key once however many threads ask.
 */
public final class CaffeineCache<K, V> implements Cache<K, V> {

    private final com.github.benmanes.caffeine.cache.Cache<K, V> cache;

    public CaffeineCache(CacheSettings settings) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                // Caffeine reads time from a Ticker (nanoseconds); ours comes from the settings' clock.
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(settings.clock().millis()))
                // Do maintenance (evictions) on the calling thread, so the cache's size is exact when we ask.
                .executor(Runnable::run);
        settings.timeToLive().ifPresent(builder::expireAfterWrite);
        if (settings.isBounded()) {
            builder.maximumSize(settings.maximumSize());
        }
        if (settings.statsEnabled()) {
            builder.recordStats();
        }
        this.cache = builder.build();
    }

    @Override
    public Optional<V> getIfPresent(K key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    @Override
    public void put(K key, V value) {
        cache.put(key, value);
    }

    @Override
    public V get(K key, Function<? super K, ? extends V> loader) {
        V cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        V loaded = loader.apply(key);
        if (loaded != null) {
            cache.put(key, loaded);
        }
        return loaded;
    }

    @Override
    public void invalidate(K key) {
        cache.invalidate(key);
    }

    @Override
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @Override
    public CacheStats stats() {
        var stats = cache.stats();
        return new CacheStats(stats.hitCount(), stats.missCount(), stats.evictionCount());
    }
}

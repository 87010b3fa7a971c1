package workshop.lesson01;

import java.util.Optional;
import java.util.function.Function;

import workshop.support.exercises.Todo;

/**
 * Exercise 1.6: the same {@link Cache}, backed by Caffeine. Build a Caffeine cache from the settings (time to
 * live, maximum size, statistics, and a Ticker read from settings.clock()), then let each method delegate to it.
 */
public final class CaffeineCache<K, V> implements Cache<K, V> {

    public CaffeineCache(CacheSettings settings) {
        throw Todo.exercise("1.6", "build a Caffeine cache from the settings in CaffeineCache's constructor");
    }

    @Override
    public Optional<V> getIfPresent(K key) {
        throw Todo.exercise("1.6", "implement CaffeineCache.getIfPresent(key)");
    }

    @Override
    public void put(K key, V value) {
        throw Todo.exercise("1.6", "implement CaffeineCache.put(key, value)");
    }

    @Override
    public V get(K key, Function<? super K, ? extends V> loader) {
        throw Todo.exercise("1.6", "implement CaffeineCache.get(key, loader)");
    }

    @Override
    public void invalidate(K key) {
        throw Todo.exercise("1.6", "implement CaffeineCache.invalidate(key)");
    }

    @Override
    public long size() {
        throw Todo.exercise("1.6", "implement CaffeineCache.size()");
    }

    @Override
    public CacheStats stats() {
        throw Todo.exercise("1.6", "implement CaffeineCache.stats()");
    }
}

package workshop.lesson01;

import java.util.Optional;
import java.util.function.Function;

import workshop.support.exercises.Todo;

/**
 * Exercise 1.6: the same {@link Cache}, backed by Caffeine: everything 1.1 to 1.5 built by hand, from a
 * library, configured from the same settings (the same time source included, so the same tests pass).
 * README: "Exercise 1.6".
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

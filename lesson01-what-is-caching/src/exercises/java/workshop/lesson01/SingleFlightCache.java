package workshop.lesson01;

import java.util.Optional;
import java.util.function.Function;

import workshop.support.exercises.Todo;

/**
 * Exercise 1.5: wraps any cache so that, however many threads miss the same key at once, the source is asked
 * once; the others wait for that one answer. Without it, a popular key that expires sends every concurrent
 * request to the database at the same moment (a "cache stampede").
 */
public final class SingleFlightCache<K, V> implements Cache<K, V> {

    private final Cache<K, V> delegate;

    public SingleFlightCache(Cache<K, V> delegate) {
        this.delegate = delegate;
    }

    /**
     * Exercise 1.5: on a miss, only one thread per key may ask the origin; the others share its outcome, its value
     * or its very exception. Readers of other keys never wait, and once a load is over it is forgotten.
     * README: "Exercise 1.5".
     */
    @Override
    public V get(K key, Function<? super K, ? extends V> loader) {
        throw Todo.exercise("1.5", "implement SingleFlightCache.get(key, loader): one load per key, however many threads miss it");
    }

    @Override
    public Optional<V> getIfPresent(K key) {
        return delegate.getIfPresent(key);
    }

    @Override
    public void put(K key, V value) {
        delegate.put(key, value);
    }

    @Override
    public void invalidate(K key) {
        delegate.invalidate(key);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public CacheStats stats() {
        return delegate.stats();
    }
}

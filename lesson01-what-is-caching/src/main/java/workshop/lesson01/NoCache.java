package workshop.lesson01;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** The cache that is not there: every lookup misses and goes to the source. The "before" of this lesson. */
public final class NoCache<K, V> implements Cache<K, V> {

    private final AtomicLong misses = new AtomicLong();

    @Override
    public Optional<V> getIfPresent(K key) {
        misses.incrementAndGet();
        return Optional.empty();
    }

    @Override
    public void put(K key, V value) {
        // Nothing is kept: that is the point.
    }

    @Override
    public V get(K key, Function<? super K, ? extends V> loader) {
        misses.incrementAndGet();
        return loader.apply(key);
    }

    @Override
    public void invalidate(K key) {
        // Nothing to forget.
    }

    @Override
    public long size() {
        return 0;
    }

    @Override
    public CacheStats stats() {
        return new CacheStats(0, misses.get(), 0);
    }
}

package workshop.lesson01;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Exercise 1.5: wraps any cache so that, however many threads miss the same key at once, the source is asked
 * once; the others wait for that one answer. Without it, a popular key that expires sends every concurrent
 * request to the database at the same moment (a "cache stampede").
 *
 * <p>The thread that loads looks in the cache twice (a load may have finished between its miss and its claim),
 * so the wrapped cache's statistics count its miss twice: the price of an exact "one load per key".
 */
public final class SingleFlightCache<K, V> implements Cache<K, V> {

    private final Cache<K, V> delegate;
    /** The loads under way: one future per key, which every thread missing that key waits on. */
    private final ConcurrentHashMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

    public SingleFlightCache(Cache<K, V> delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized V get(K key, Function<? super K, ? extends V> loader) {
        return delegate.get(key, loader); // one lock: every reader of every key waits for whichever load is running
    }

    private static <V> V join(CompletableFuture<V> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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

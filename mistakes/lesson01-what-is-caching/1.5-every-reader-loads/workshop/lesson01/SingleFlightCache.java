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
    public V get(K key, Function<? super K, ? extends V> loader) {
        Optional<V> cached = delegate.getIfPresent(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        inFlight.put(key, mine);
        try {
            // Look again: a load may have finished between our miss and our claim.
            V value = delegate.getIfPresent(key).orElseGet(() -> {
                V loaded = loader.apply(key);
                if (loaded != null) {
                    delegate.put(key, loaded);
                }
                return loaded;
            });
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            inFlight.remove(key, mine);
        }
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

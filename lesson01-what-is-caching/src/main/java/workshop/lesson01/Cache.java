package workshop.lesson01;

import java.util.Optional;
import java.util.function.Function;

/**
 * A fast copy of values from a slower source, found by key. Implemented by hand ({@link HandMadeCache}) and
 * with Caffeine ({@link CaffeineCache}); the app depends only on this.
 *
 * @param <K> the key, e.g. a product id; its {@code equals} and {@code hashCode} decide what counts as "the same"
 * @param <V> the cached value
 */
// tag::port[]
public interface Cache<K, V> {

    /** The cached value, or empty on a miss. Counts as a hit or a miss. */
    Optional<V> getIfPresent(K key);

    /** Stores a value, replacing any previous one for the key. */
    void put(K key, V value);

    /**
     * Cache-aside in one call: the cached value if there is one, else {@code loader}'s value, which is stored
     * and returned. A loader that returns {@code null} ("no such thing") has nothing stored.
     */
    V get(K key, Function<? super K, ? extends V> loader);

    /** Forgets the key's value, e.g. because the source changed. */
    void invalidate(K key);

    /** How many entries the cache holds now. */
    long size();

    /** Hits, misses and evictions so far: all zero unless the cache was built with {@code recordStats()}. */
    CacheStats stats();
}
// end::port[]

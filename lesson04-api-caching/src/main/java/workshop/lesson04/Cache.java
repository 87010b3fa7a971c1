package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

/**
 * The cache as the application sees it: a port with two adapters, Redis and Memcached (exercise 4.1). Values
 * are strings (JSON here); keys come from {@link CacheKeys}. Every method throws
 * {@link CacheUnavailableException} when the store cannot answer, so callers can fall back to the origin.
 */
// tag::port[]
public interface Cache {

    /** The value, or empty on a miss. */
    Optional<String> get(String key);

    /** Stores the value for {@code ttl}, replacing any previous one. */
    void put(String key, String value, Duration ttl);

    /** Stores the value for {@code ttl} only if the key holds nothing; true if it stored it. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    /** Forgets the key; nothing happens if it was not there. */
    void delete(String key);
}
// end::port[]

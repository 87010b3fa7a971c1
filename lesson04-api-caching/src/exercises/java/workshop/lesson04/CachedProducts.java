package workshop.lesson04;

import java.time.Duration;

import workshop.support.exercises.Todo;

/**
 * Exercises 4.2 and 4.3: products through the cache port. Reads are cache-aside (4.2); writes go to the database
 * and then to the cache (4.3), so a read right after a write sees it.
 */
public final class CachedProducts {

    private final Cache cache;
    private final CacheKeys keys;
    private final ProductDatabase database;
    private final Duration ttl;

    public CachedProducts(Cache cache, CacheKeys keys, ProductDatabase database, Duration ttl) {
        this.cache = cache;
        this.keys = keys;
        this.database = database;
        this.ttl = ttl;
    }

    /**
     * Exercise 4.2: {@code cache.get(keys.product(id))}: a hit is the product's JSON ({@link Json#read}). On a miss,
     * read the database and store what it found with {@code putIfAbsent} (a write may have stored a newer value
     * meanwhile: yours must not replace it). If the cache throws CacheUnavailableException, answer from the database
     * alone: {@link CacheOutcome#BYPASS}. (A cached value that no longer parses is best treated as a miss.)
     */
    public Lookup<Product> find(long id) {
        throw Todo.exercise("4.2", "implement CachedProducts.find(id): cache-aside through the port, BYPASS when the cache is down");
    }

    /**
     * Exercise 4.3: save to the database first (it is the truth), then {@code put} the new JSON in the cache, so the
     * next read anywhere sees it. If the cache is unavailable, the write still succeeds.
     */
    public void update(Product product) {
        throw Todo.exercise("4.3", "implement CachedProducts.update(product): the database, then the cache");
    }
}

package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

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

    /** Exercise 4.2: the cached copy, else the database's (stored for next time); the database alone if the cache is down. */
    public Lookup<Product> find(long id) {
        String key = keys.product(id);
        Optional<String> cached = cache.get(key);
        Optional<Product> hit = cached.flatMap(CachedProducts::parse);
        if (hit.isPresent()) {
            return new Lookup<>(hit, CacheOutcome.HIT);
        }
        Optional<Product> loaded = database.findById(id);
        loaded.ifPresent(product -> {
            try {
                // "If absent": a write that happened meanwhile (4.3) stored a newer value; ours must not replace it.
                // (Replace an unreadable value, though: it is not newer, only broken.)
                if (cached.isPresent()) {
                    cache.put(key, Json.write(product), ttl);
                } else {
                    cache.putIfAbsent(key, Json.write(product), ttl);
                }
            } catch (CacheUnavailableException cacheDown) {
                // served anyway: the next read tries again
            }
        });
        return new Lookup<>(loaded, CacheOutcome.MISS);
    }

    /** A cached value that no longer parses (an old format, a bug elsewhere) is a miss, not an error. */
    private static Optional<Product> parse(String json) {
        try {
            return Optional.of(Json.read(json, Product.class));
        } catch (IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Exercise 4.3: the database first (it is the truth), then the cache, so the next read anywhere sees the new
     * value. If the cache cannot be reached, the write still succeeds; the old copy lives until its TTL ends.
     */
    public void update(Product product) {
        database.save(product);
        try {
            cache.put(keys.product(product.id()), Json.write(product), ttl);
        } catch (CacheUnavailableException cacheDown) {
            // the TTL bounds how long a reader may see the old copy
        }
    }
}

package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

/**
 * Exercise 4.9: negative caching. Without it, every request for a product that does not exist reaches the database
 * (cache-aside stores only what it found): a crawler, a typo in a link or an attacker walking through ids gets the
 * database's full attention. Here "not found" is remembered too, briefly, under its own key.
 */
public final class NegativeCachedProducts {

    private final CachedProducts products;
    private final Cache cache;
    private final CacheKeys keys;
    private final Duration negativeTtl;

    public NegativeCachedProducts(CachedProducts products, Cache cache, CacheKeys keys, Duration negativeTtl) {
        this.products = products;
        this.cache = cache;
        this.keys = keys;
        this.negativeTtl = negativeTtl;
    }

    /** Exercise 4.9: a product known to be missing answers "not found" from the cache; else as {@link CachedProducts}. */
    public Lookup<Product> find(long id) {
        try {
            if (cache.get(keys.missingProduct(id)).isPresent()) {
                return new Lookup<>(Optional.empty(), CacheOutcome.HIT);
            }
        } catch (CacheUnavailableException cacheDown) {
            return products.find(id);
        }
        // A database that fails throws from here: an error is not "not found", and nothing is remembered.
        Lookup<Product> lookup = products.find(id);
        if (lookup.value().isEmpty() && lookup.outcome() == CacheOutcome.MISS) {
            try {
                // Short: a product created elsewhere (an import, another service) is "not found" until this ends.
                cache.put(keys.missingProduct(id), "missing", negativeTtl);
            } catch (CacheUnavailableException cacheDown) {
                // answered anyway: the next lookup asks the database again
            }
        }
        return lookup;
    }

    /** Exercise 4.9: a write as {@link CachedProducts#update}, and a product that now exists is no longer "missing". */
    public void update(Product product) {
        products.update(product);
    }
}

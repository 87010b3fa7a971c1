package workshop.lesson04;

import java.time.Duration;

import workshop.support.exercises.Todo;

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

    /**
     * Exercise 4.9: a product the database did not have is answered "not found" from the cache for a short while (the
     * {@code negativeTtl}), under a key of its own; anything else is {@link CachedProducts}'s business. Only a real
     * "not found" is remembered: never a failure. A cache that is down is no reason to fail. README: "Exercise 4.9";
     * hints: {@code hints/4.9.md}.
     */
    public Lookup<Product> find(long id) {
        throw Todo.exercise("4.9", "implement NegativeCachedProducts.find(id): remember \"not found\" briefly, so unknown ids stop reaching the database");
    }

    /**
     * Exercise 4.9: the write of {@link CachedProducts#update}, after which the product is found at once, even if it was
     * "not found" a moment ago. README: "Exercise 4.9"; hints: {@code hints/4.9.md}.
     */
    public void update(Product product) {
        throw Todo.exercise("4.9", "implement NegativeCachedProducts.update(product): write the product, and a product that now exists is no longer \"not found\"");
    }
}

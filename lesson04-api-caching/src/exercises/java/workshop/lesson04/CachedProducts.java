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
     * Exercise 4.2: the product, from the cache when it has it, else from the database (kept in the cache for next
     * time, without ever replacing a newer value a write stored meanwhile: see 4.3). The cache is an optimisation:
     * when it is down, or its value does not parse, the database answers. Say what the cache did. README: "Exercise
     * 4.2"; hints: {@code hints/4.2.md}.
     */
    public Lookup<Product> find(long id) {
        throw Todo.exercise("4.2", "implement CachedProducts.find(id): cache-aside through the port, the database answering when the cache cannot");
    }

    /**
     * Exercise 4.3: the write lands in the database (the truth), and the next read anywhere sees the new product. A
     * cache that is down must not fail the write. README: "Exercise 4.3"; hints: {@code hints/4.3.md}.
     */
    public void update(Product product) {
        throw Todo.exercise("4.3", "implement CachedProducts.update(product): the database, then the cache, and the write succeeds even with the cache down");
    }
}

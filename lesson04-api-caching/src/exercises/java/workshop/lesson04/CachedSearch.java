package workshop.lesson04;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import workshop.support.exercises.Todo;

/**
 * Exercise 4.7: search results, cached under a canonical form of the query, so that {@code ?q=Cup&category=Kitchen}
 * and {@code ?category=kitchen&q=cup} share one entry. A short TTL: results go stale as products change.
 */
public final class CachedSearch {

    private final Cache cache;
    private final CacheKeys keys;
    private final ProductSearch search;
    private final Duration ttl;

    public CachedSearch(Cache cache, CacheKeys keys, ProductSearch search, Duration ttl) {
        this.cache = cache;
        this.keys = keys;
        this.search = search;
        this.ttl = ttl;
    }

    /**
     * One spelling per query: parameters sorted by name; names and values trimmed and lower-cased, runs of spaces in
     * a value as one; parameters with an empty value left out; written {@code name=value&name=value}.
     */
    public static String canonical(Map<String, String> parameters) {
        throw Todo.exercise("4.7", "implement CachedSearch.canonical(parameters): one spelling per query");
    }

    /**
     * Cache-aside under {@code keys.search(<hex SHA-256 of the canonical form>)} (a digest fits any query into a
     * valid key); the results as a JSON array ({@code Json.read(json, Product[].class)}); BYPASS when the cache is
     * unavailable.
     */
    public Lookup<List<Product>> search(Map<String, String> parameters) {
        throw Todo.exercise("4.7", "implement CachedSearch.search(parameters): cache-aside under the canonical query's digest");
    }
}

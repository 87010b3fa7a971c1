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
     * One spelling per query, written {@code name=value&name=value}: every way of typing one search gives the same
     * text (order, letter case, spaces, empty values), and two different searches never do, whatever their values
     * contain (cache-key poisoning). README: "Exercise 4.7"; hints: {@code hints/4.7.md}.
     */
    public static String canonical(Map<String, String> parameters) {
        throw Todo.exercise("4.7", "implement CachedSearch.canonical(parameters): one spelling per query, and never one for two queries");
    }

    /**
     * Cache-aside under a key made from the canonical form (any query must fit into a valid Memcached key); the
     * search engine answers when the cache is down or its value does not parse. README: "Exercise 4.7"; hints:
     * {@code hints/4.7.md}.
     */
    public Lookup<List<Product>> search(Map<String, String> parameters) {
        throw Todo.exercise("4.7", "implement CachedSearch.search(parameters): cache-aside under a key made from the canonical query");
    }
}

package workshop.lesson04;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
     * One spelling per query: names sorted, names and values lower-cased and trimmed, inner spaces collapsed, empty
     * values dropped; each name and value URL-encoded, so that no value can pass for another query's "&" or "=".
     */
    public static String canonical(Map<String, String> parameters) {
        Map<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> {
            String normalised = value == null ? "" : value.strip().replaceAll("\\s+", " ");
            if (!normalised.isEmpty()) {
                sorted.put(name.strip().toLowerCase(Locale.ROOT), normalised);
            }
        });
        // Encoded: q="cup&sort=price" must not share a key with q=cup&sort=price (cache-key poisoning).
        return sorted.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public Lookup<List<Product>> search(Map<String, String> parameters) {
        String key = keys.search(sha256(canonical(parameters)));
        Optional<String> cached;
        try {
            cached = cache.get(key);
        } catch (CacheUnavailableException cacheDown) {
            return new Lookup<>(Optional.of(search.search(parameters)), CacheOutcome.BYPASS);
        }
        Optional<List<Product>> hit = cached.flatMap(CachedSearch::parse);
        if (hit.isPresent()) {
            return new Lookup<>(hit, CacheOutcome.HIT);
        }
        List<Product> results = search.search(parameters);
        try {
            cache.put(key, Json.write(results), ttl);
        } catch (CacheUnavailableException cacheDown) {
            // served anyway
        }
        return new Lookup<>(Optional.of(results), CacheOutcome.MISS);
    }

    /** A cached value that does not parse (an old format, a bug elsewhere) is a miss, not an error: the fill replaces it. */
    private static Optional<List<Product>> parse(String json) {
        try {
            return Optional.of(List.of(Json.read(json, Product[].class)));
        } catch (IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}

package workshop.lesson04;

import java.util.Locale;

/**
 * Every cache key of this lesson, built in one place: {@code lesson04:product:42}, behind a namespace (empty on
 * a server the workshop started, unique per test run on a shared one). Only ids and validated names go into
 * keys, so every key is valid for Memcached too (ASCII, no spaces, well under 250 bytes).
 */
public record CacheKeys(String namespace) {

    public CacheKeys {
        if (namespace == null) {
            throw new IllegalArgumentException("namespace must not be null (it may be empty)");
        }
    }

    private String key(String... parts) {
        return namespace + "lesson04:" + String.join(":", parts);
    }

    public String product(long id) {
        return key("product", Long.toString(id));
    }

    /** That a product was looked for and not found (negative caching, 4.9): its own key, beside the product's. */
    public String missingProduct(long id) {
        return key("missing-product", Long.toString(id));
    }

    /** The API lets through only city names of ASCII letters, spaces and hyphens: lower-cased, spaces as '_'. */
    public String weather(String city) {
        return key("weather", city.toLowerCase(Locale.ROOT).replace(' ', '_'));
    }

    /** A search, by the digest of its canonical form (exercise 4.7 makes that form; any text fits in a digest). */
    public String search(String canonicalQueryDigest) {
        return key("search", canonicalQueryDigest);
    }

    /** A session, by its token (base64url: letters, digits, '-' and '_'). */
    public String session(String token) {
        return key("session", token);
    }
}

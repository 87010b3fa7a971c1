package workshop.lesson04;

import java.util.Locale;

/**
 * Every cache key of this lesson, built in one place: {@code lesson04:product:v1:42}, behind a namespace (empty on
 * a server the workshop started, unique per test run on a shared one). Only ids and validated names go into
 * keys, so every key is valid for Memcached too (ASCII, no spaces, well under 250 bytes).
 *
 * <p>Keys of JSON values carry the {@code schema} version of that JSON: when a deploy changes the JSON, it raises
 * the version, and instances of the new version never read a value the old ones wrote (README: "Versioned cache
 * keys"). Session keys do not: their value is a user name, and a new key would log every user out.
 */
public record CacheKeys(String namespace, int schema) {

    public CacheKeys {
        if (namespace == null) {
            throw new IllegalArgumentException("namespace must not be null (it may be empty)");
        }
        if (schema < 1) {
            throw new IllegalArgumentException("the schema version starts at 1, was " + schema);
        }
    }

    /** The keys of the values' first schema. */
    public CacheKeys(String namespace) {
        this(namespace, 1);
    }

    // tag::key[]
    /** The one method that builds a key: the namespace, the lesson, the kind, the JSON's schema version, the id. */
    private String key(String kind, boolean versioned, String id) {
        return namespace + "lesson04:" + kind + (versioned ? ":v" + schema : "") + ":" + id;
    }
    // end::key[]

    public String product(long id) {
        return key("product", true, Long.toString(id));
    }

    /** That a product was looked for and not found (negative caching, 4.9): its own key, beside the product's. */
    public String missingProduct(long id) {
        return key("missing-product", true, Long.toString(id));
    }

    /** The API lets through only city names of ASCII letters, spaces and hyphens: lower-cased, spaces as '_'. */
    public String weather(String city) {
        return key("weather", true, city.toLowerCase(Locale.ROOT).replace(' ', '_'));
    }

    /** A search, by the digest of its canonical form (exercise 4.7 makes that form; any text fits in a digest). */
    public String search(String canonicalQueryDigest) {
        return key("search", true, canonicalQueryDigest);
    }

    /** A session, by its token (base64url: letters, digits, '-' and '_'). */
    public String session(String token) {
        return key("session", false, token);
    }
}

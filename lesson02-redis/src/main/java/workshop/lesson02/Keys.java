package workshop.lesson02;

/**
 * Every Redis key and channel of this lesson, built in one place: {@code lesson02:product:42}. The namespace in
 * front is empty on a Redis the workshop started, and unique per test run on a shared one (see RedisServer).
 */
public record Keys(String namespace) {

    public Keys {
        if (namespace == null) {
            throw new IllegalArgumentException("namespace must not be null (it may be empty)");
        }
    }

    private String key(String... parts) {
        return namespace + "lesson02:" + String.join(":", parts);
    }

    /** A product as a JSON string (exercise 2.1). */
    public String product(long id) {
        return key("product", Long.toString(id));
    }

    /** A product as a hash of fields (exercise 2.2). */
    public String productHash(long id) {
        return key("product-hash", Long.toString(id));
    }

    /** A user's recently viewed products, newest first (exercise 2.3). */
    public String recentlyViewed(String user) {
        return key("recently-viewed", user);
    }

    /** The tags of a product (exercise 2.4). */
    public String tagsOf(long productId) {
        return key("tags", Long.toString(productId));
    }

    /** The products carrying a tag (exercise 2.4). */
    public String taggedWith(String tag) {
        return key("tagged", tag);
    }

    /** Who has looked at a product (exercise 2.4). */
    public String visitors(long productId) {
        return key("visitors", Long.toString(productId));
    }

    /** Units sold per product, as a sorted set (exercise 2.5). */
    public String topSellers() {
        return key("top-sellers");
    }

    /** A client's request count in the current window (exercise 2.7). */
    public String rateLimit(String client) {
        return key("rate-limit", client);
    }

    /** A client's count in one fixed window, numbered from the clock's epoch (given FixedWindowLimiter, beside 2.11). */
    public String fixedWindow(String client, long window) {
        return key("fixed-window", client, Long.toString(window));
    }

    /** A client's recent requests, a sorted set scored by the time of each (exercise 2.11). */
    public String slidingWindow(String client) {
        return key("sliding-window", client);
    }

    /** The pub/sub channel on which product changes are announced (exercise 2.8). */
    public String invalidations() {
        return key("invalidations");
    }
}

package workshop.lesson05;

/** Every key of this lesson, built in one place, behind a namespace: {@code lesson05:price:42}. */
public record Keys(String namespace) {

    public Keys {
        if (namespace == null) {
            throw new IllegalArgumentException("namespace must not be null (it may be empty)");
        }
    }

    private String key(String... parts) {
        return namespace + "lesson05:" + String.join(":", parts);
    }

    public String price(long productId) {
        return key("price", Long.toString(productId));
    }

    /** The lock that elects one loader of a price across every app instance. */
    public String priceLock(long productId) {
        return key("lock", "price", Long.toString(productId));
    }

    /** The lease a loader holds while it refills a missing price; a write deletes it with the price. */
    public String priceLease(long productId) {
        return key("lease", "price", Long.toString(productId));
    }

    /** The pub/sub channel on which an instance that changed a price tells the others to drop their local copies. */
    public String priceInvalidations() {
        return key("invalidations", "price");
    }
}

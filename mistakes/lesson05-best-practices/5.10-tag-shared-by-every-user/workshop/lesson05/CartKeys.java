package workshop.lesson05;

/**
 * Exercise 5.10: the keys of a user's cart and wishlist, built so that on a Redis Cluster both land in the same
 * hash slot (a multi-key command like SMOVE needs that), while different users' keys spread over every node.
 * A hash tag does it: only the part of a key inside the first {…} is hashed.
 */
public record CartKeys(String namespace) {

    public CartKeys {
        if (namespace == null) {
            throw new IllegalArgumentException("namespace must not be null (it may be empty)");
        }
        if (namespace.contains("{")) {
            // Only the first {…} of a key is its hash tag: one in the namespace would put every key in one slot.
            throw new IllegalArgumentException("a namespace must not contain '{', was " + namespace);
        }
    }

    /** {@code <namespace>lesson05:{user:42}:cart}: the tag is the user, so each user's keys share one slot. */
    public String cart(long userId) {
        return key(userId, "cart");
    }

    /** {@code <namespace>lesson05:{user:42}:wishlist}: the same tag as the cart's. */
    public String wishlist(long userId) {
        return key(userId, "wishlist");
    }

    private String key(long userId, String what) {
        return namespace + "lesson05:{carts}:user:" + userId + ":" + what;
    }
}

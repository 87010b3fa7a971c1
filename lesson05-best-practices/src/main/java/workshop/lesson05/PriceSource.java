package workshop.lesson05;

/** Where prices come from, as the caches of this lesson see it: the pricing engine, or a test's stand-in for it. */
@FunctionalInterface
public interface PriceSource {

    /** The price of a product, in cents, as a string (what the cache stores). */
    String price(long productId);
}

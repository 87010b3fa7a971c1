package workshop.lesson05;

/** What the price API needs of a cache: a price, and a way to forget one after a write to the pricing engine. */
public interface PriceCache {

    /** The product's price in cents, as a string: from the cache, or loaded from the origin (and cached). */
    String price(long productId);

    /** After a write to the origin: make sure no reader is served the old price (for longer than the design allows). */
    void invalidate(long productId);
}

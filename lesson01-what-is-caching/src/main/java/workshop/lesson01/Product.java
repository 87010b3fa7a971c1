package workshop.lesson01;

/** A product of the shop's catalog: what the slow database returns and the cache keeps a copy of. */
public record Product(long id, String name, long priceCents) {

    public Product {
        if (id < 1) {
            throw new IllegalArgumentException("id must be positive, was " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (priceCents < 0) {
            throw new IllegalArgumentException("priceCents must not be negative, was " + priceCents);
        }
    }
}

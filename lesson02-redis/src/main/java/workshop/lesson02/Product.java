package workshop.lesson02;

/** A product of the catalog, with how many are in stock. */
public record Product(long id, String name, long priceCents, long stock) {

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

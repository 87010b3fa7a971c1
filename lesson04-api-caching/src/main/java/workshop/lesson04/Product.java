package workshop.lesson04;

/** A product of the catalog. */
public record Product(long id, String name, long priceCents) {

    public Product {
        if (id < 1) {
            throw new IllegalArgumentException("id must be positive, was " + id);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1 to 200 characters");
        }
        if (priceCents < 0) {
            throw new IllegalArgumentException("priceCents must not be negative, was " + priceCents);
        }
    }
}

package workshop.lesson01;

import java.time.Duration;

/** The origin every test caches: a sample database with no artificial latency, whose calls are counted. */
final class Catalog {

    static final int PRODUCTS = 100;
    static final long UNKNOWN_ID = 5_000;

    private Catalog() {
    }

    static SlowProductDatabase database() {
        return SlowProductDatabase.withSampleProducts(PRODUCTS, Duration.ZERO);
    }

    static Product product(long id) {
        return database().findById(id).orElseThrow();
    }
}

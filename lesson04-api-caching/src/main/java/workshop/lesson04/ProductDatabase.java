package workshop.lesson04;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import workshop.support.origin.SimulatedLatency;

/** The catalog's database: slow on purpose, and counting its calls, which is how tests see a cache at work. */
public final class ProductDatabase {

    /** About what a simple indexed query costs over a local network. */
    public static final Duration TYPICAL_LATENCY = Duration.ofMillis(20);

    private final Map<Long, Product> products = new ConcurrentHashMap<>();
    private final SimulatedLatency latency;
    private final AtomicLong calls = new AtomicLong();
    private volatile boolean down;

    private ProductDatabase(Duration latency) {
        this.latency = SimulatedLatency.of(latency);
    }

    /** A catalog of {@code count} products with ids 1..count. */
    public static ProductDatabase withSampleProducts(int count, Duration latency) {
        ProductDatabase database = new ProductDatabase(latency);
        LongStream.rangeClosed(1, count)
                .forEach(id -> database.products.put(id, new Product(id, "Product " + id, 100 + (id * 37) % 9_900)));
        return database;
    }

    public Optional<Product> findById(long id) {
        calls.incrementAndGet();
        latency.pause(); // deliberately slow: a database round trip
        if (down) {
            throw new IllegalStateException("the product database does not answer (a simulated outage)");
        }
        return Optional.ofNullable(products.get(id));
    }

    /** Stores a product (a new one, or a change); the database is the truth the cache copies. */
    public void save(Product product) {
        latency.pause(); // deliberately slow: a database round trip
        products.put(product.id(), product);
    }

    /** Simulates an outage: until {@link #recover()}, every read fails (an error is not "no such product"). */
    public void goDown() {
        down = true;
    }

    public void recover() {
        down = false;
    }

    /** How many times the database was read: the number a cache should bring down. */
    public long calls() {
        return calls.get();
    }
}

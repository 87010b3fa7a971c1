package workshop.lesson02;

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

    public ProductDatabase(Duration latency) {
        this.latency = SimulatedLatency.of(latency);
    }

    /** A catalog of {@code count} products with ids 1..count, 100 of each in stock. */
    public static ProductDatabase withSampleProducts(int count, Duration latency) {
        ProductDatabase database = new ProductDatabase(latency);
        LongStream.rangeClosed(1, count)
                .forEach(id -> database.products.put(id, new Product(id, "Product " + id, 100 + (id * 37) % 9_900, 100)));
        return database;
    }

    public Optional<Product> findById(long id) {
        calls.incrementAndGet();
        latency.pause(); // deliberately slow: a database round trip
        return Optional.ofNullable(products.get(id));
    }

    public void save(Product product) {
        calls.incrementAndGet();
        latency.pause(); // deliberately slow: a database round trip
        products.put(product.id(), product);
    }

    /** How many times the database was asked: the number a cache should bring down. */
    public long calls() {
        return calls.get();
    }
}

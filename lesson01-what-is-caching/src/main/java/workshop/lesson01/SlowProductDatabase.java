package workshop.lesson01;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import workshop.support.origin.SimulatedLatency;

/**
 * A product database that is slow on purpose, and counts how often it is asked.
 *
 * <p>The latency is the point of the lesson: a real database query crosses the network, parses SQL and reads
 * pages, and costs milliseconds. Here a sleep stands in for all of that. The call counter is how tests prove a
 * cache works: if the cache is doing its job, the database is asked less.
 */
public final class SlowProductDatabase implements ProductRepository {

    /** About what a simple indexed query costs over a local network. */
    public static final Duration TYPICAL_LATENCY = Duration.ofMillis(20);

    private final Map<Long, Product> products;
    private final SimulatedLatency latency;
    private final AtomicLong calls = new AtomicLong();

    public SlowProductDatabase(Map<Long, Product> products, Duration latency) {
        this.products = Map.copyOf(products);
        this.latency = SimulatedLatency.of(latency);
    }

    /** A catalog of {@code count} products with ids 1..count. */
    public static SlowProductDatabase withSampleProducts(int count, Duration latency) {
        Map<Long, Product> products = LongStream.rangeClosed(1, count)
                .mapToObj(id -> new Product(id, "Product " + id, 100 + (id * 37) % 9_900))
                .collect(Collectors.toMap(Product::id, Function.identity()));
        return new SlowProductDatabase(products, latency);
    }

    @Override
    public Optional<Product> findById(long id) {
        calls.incrementAndGet();
        latency.pause(); // deliberately slow: a database round trip
        return Optional.ofNullable(products.get(id));
    }

    /** How many times the database was asked: the number a cache should bring down. */
    public long calls() {
        return calls.get();
    }
}

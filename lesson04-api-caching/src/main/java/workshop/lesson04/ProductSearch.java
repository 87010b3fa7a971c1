package workshop.lesson04;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import workshop.support.origin.SimulatedLatency;

/**
 * The search engine behind {@code GET /search}: slow on purpose (a full-text query), and counting its calls.
 * Products 1..200 each have a category ({@link #CATEGORIES}) and a price; a query matches on words of the name.
 */
public final class ProductSearch {

    public static final List<String> CATEGORIES = List.of("kitchen", "garden", "office", "toys");
    public static final Duration TYPICAL_LATENCY = Duration.ofMillis(50);

    private final SimulatedLatency latency;
    private final AtomicLong calls = new AtomicLong();
    private final List<Product> products = LongStream.rangeClosed(1, 200)
            .mapToObj(id -> new Product(id, "Product " + id + " " + CATEGORIES.get((int) (id % CATEGORIES.size())), 100 + (id * 37) % 9_900))
            .toList();

    public ProductSearch(Duration latency) {
        this.latency = SimulatedLatency.of(latency);
    }

    /**
     * The products matching every parameter given: {@code q} (words of the name), {@code category},
     * {@code maxPrice} (in cents), sorted by {@code sort} ({@code price} or {@code name}, the default).
     */
    public List<Product> search(Map<String, String> parameters) {
        calls.incrementAndGet();
        latency.pause(); // deliberately slow: a full-text search
        String q = parameters.getOrDefault("q", "").toLowerCase(Locale.ROOT);
        String category = parameters.getOrDefault("category", "").toLowerCase(Locale.ROOT);
        long maxPrice = Long.parseLong(parameters.getOrDefault("maxprice", Long.toString(Long.MAX_VALUE)));
        Comparator<Product> order = "price".equalsIgnoreCase(parameters.get("sort"))
                ? Comparator.comparingLong(Product::priceCents) : Comparator.comparing(Product::name);
        return products.stream()
                .filter(product -> product.name().toLowerCase(Locale.ROOT).contains(q))
                .filter(product -> category.isEmpty() || product.name().endsWith(" " + category))
                .filter(product -> product.priceCents() <= maxPrice)
                .sorted(order)
                .limit(20)
                .toList();
    }

    public long calls() {
        return calls.get();
    }
}

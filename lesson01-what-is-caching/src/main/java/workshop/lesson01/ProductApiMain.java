package workshop.lesson01;

import java.time.Duration;
import java.util.Locale;

import io.javalin.Javalin;

/**
 * Starts the catalog API on http://localhost:7070 over a slow database (20 ms a query), with the cache you
 * choose: {@code none}, {@code hand-made} (the default, yours from exercises 1.1–1.4) or {@code caffeine}
 * (exercise 1.6). Run it as the lesson's README shows, then ask for the same product twice.
 */
public final class ProductApiMain {

    private static final int PORT = 7070;

    private ProductApiMain() {
    }

    public static void main(String[] args) {
        String choice = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "hand-made";
        CacheSettings settings = CacheSettings.unbounded()
                .expireAfterWrite(Duration.ofSeconds(60)).maximumSize(100).recordStats();
        Cache<Long, Product> cache = switch (choice) {
            case "none" -> new NoCache<>();
            case "hand-made" -> new HandMadeCache<>(settings);
            case "caffeine" -> new CaffeineCache<>(settings);
            default -> throw new IllegalArgumentException("Choose a cache: none, hand-made or caffeine (was " + choice + ")");
        };
        SlowProductDatabase database = SlowProductDatabase.withSampleProducts(1_000, SlowProductDatabase.TYPICAL_LATENCY);
        Javalin app = ProductApi.create(cache, database).start(PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));

        System.out.printf("""
                Catalog API with cache "%s" on http://localhost:%d (Ctrl+C stops it). Try:
                  curl -i http://localhost:%2$d/products/42     # first time: X-Cache: MISS, ~20 ms in the database
                  curl -i http://localhost:%2$d/products/42     # again:      X-Cache: HIT
                  curl -i http://localhost:%2$d/products/abc    # 400, with a JSON error
                  curl -i http://localhost:%2$d/products/5000   # 404, with a JSON error
                  curl -s http://localhost:%2$d/stats           # hits, misses, evictions, hit ratio
                """, choice, PORT);
    }
}

package workshop.lesson01;

import java.time.Duration;
import java.util.Locale;

import io.javalin.Javalin;

import workshop.support.web.AppAddress;

/**
 * Starts the catalog API on http://127.0.0.1:7070 ({@code --port=N} or {@code WORKSHOP_PORT} for another) over a slow database (20 ms a query), with the cache you
 * choose: {@code none}, {@code hand-made} (the default, yours from exercises 1.1–1.4) or {@code caffeine}
 * (exercise 1.6). Run it as the lesson's README shows, then ask for the same product twice.
 */
public final class ProductApiMain {

    private static final int DEFAULT_PORT = 7070;

    private ProductApiMain() {
    }

    public static void main(String[] args) {
        AppAddress address = AppAddress.of(args, DEFAULT_PORT, 1).requireFree();
        String choice = AppAddress.choices(args).stream().findFirst().orElse("hand-made").toLowerCase(Locale.ROOT);
        Javalin app = app(choice).start(address.host(), address.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));

        System.out.printf("""
                Catalog API with cache "%s" on %s (Ctrl+C stops it). Try:
                  curl -i %2$s/products/42     # first time: X-Cache: MISS, ~20 ms in the database
                  curl -i %2$s/products/42     # again:      %3$s
                  curl -i %2$s/products/abc    # 400, with a JSON error
                  curl -i %2$s/products/5000   # 404, with a JSON error
                  curl -s %2$s/stats           # hits, misses, evictions, hit ratio
                """, choice, address.url(0), choice.equals("none") ? "X-Cache: MISS again (no cache)" : "X-Cache: HIT");
    }

    /** The API over a slow database (20 ms a query) and the cache chosen: as the README runs it (its ReadmeTest too). */
    static Javalin app(String choice) {
        CacheSettings settings = CacheSettings.unbounded()
                .expireAfterWrite(Duration.ofSeconds(60)).maximumSize(100).recordStats();
        Cache<Long, Product> cache = switch (choice) {
            case "none" -> new NoCache<>();
            case "hand-made" -> new HandMadeCache<>(settings);
            case "caffeine" -> new CaffeineCache<>(settings);
            default -> throw new IllegalArgumentException("Choose a cache: none, hand-made or caffeine (was " + choice + ")");
        };
        return ProductApi.create(cache, SlowProductDatabase.withSampleProducts(1_000, SlowProductDatabase.TYPICAL_LATENCY));
    }
}

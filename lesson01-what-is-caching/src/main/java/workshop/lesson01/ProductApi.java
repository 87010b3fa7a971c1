package workshop.lesson01;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import workshop.support.web.ApiErrors;

/**
 * The catalog API: {@code GET /products/{id}} through a cache, and {@code GET /stats} to see what the cache did.
 * Every product response says {@code X-Cache: HIT} or {@code MISS}, and on a miss how long the database took
 * ({@code Server-Timing: origin;dur=…}, which browsers show in their developer tools).
 *
 * <p>Built by a factory that takes its collaborators and does not start a server: tests drive it with
 * {@code JavalinTest}, and {@link ProductApiMain} starts it for real.
 */
public final class ProductApi {

    private ProductApi() {
    }

    public static Javalin create(Cache<Long, Product> cache, ProductRepository database) {
        AtomicLong originCalls = new AtomicLong();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/products/{id}", ctx -> getProduct(ctx, cache, database, originCalls));
            config.routes.get("/stats", ctx -> ctx.json(stats(cache, originCalls.get())));
            ApiErrors.install(config);
        });
    }

    // tag::cache-aside-handler[]
    private static void getProduct(Context ctx, Cache<Long, Product> cache,
                                   ProductRepository database, AtomicLong originCalls) {
        long id = ApiErrors.positiveId("product id", ctx.pathParam("id"));
        AtomicBoolean loaded = new AtomicBoolean();
        long[] originNanos = new long[1];
        // tag::cache-get[]
        Product product = cache.get(id, key -> {
            loaded.set(true);
            originCalls.incrementAndGet();
            long begin = System.nanoTime();
            Product found = database.findById(key).orElse(null);
            originNanos[0] = System.nanoTime() - begin;
            return found;
        });
        ctx.header("X-Cache", loaded.get() ? "MISS" : "HIT");
        // end::cache-get[]
        if (loaded.get()) {
            double originMillis = originNanos[0] / 1_000_000.0;
            ctx.header("Server-Timing", String.format(Locale.ROOT, "origin;dur=%.1f", originMillis));
        }
        if (product == null) {
            error(ctx, HttpStatus.NOT_FOUND, "no product with id " + id);
            return;
        }
        ctx.json(product);
    }
    // end::cache-aside-handler[]

    private static Map<String, Object> stats(Cache<Long, Product> cache, long originCalls) {
        CacheStats stats = cache.stats();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hits", stats.hits());
        body.put("misses", stats.misses());
        body.put("evictions", stats.evictions());
        body.put("hitRatio", stats.hitRatio());
        body.put("size", cache.size());
        body.put("originCalls", originCalls);
        return body;
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ApiErrors.error(ctx, status, message);
    }
}

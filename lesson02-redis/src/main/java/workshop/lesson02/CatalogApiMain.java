package workshop.lesson02;

import java.time.Duration;
import java.util.Optional;

import io.javalin.Javalin;
import redis.clients.jedis.RedisClient;

import workshop.support.clients.CacheTimeouts;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.web.AppAddress;

/**
 * Starts a real Redis (see the main README) and the catalog API on http://127.0.0.1:7072 ({@code --port=N} or
 * {@code WORKSHOP_PORT} for another), over a database that
 * takes 20 ms a query. Ctrl+C stops both.
 */
public final class CatalogApiMain {

    private static final int DEFAULT_PORT = 7072;

    private CatalogApiMain() {
    }

    /**
     * The API the main starts, on any client and keys (with three products tagged), allowing 20 requests per client
     * per {@code rateWindow} (the main: a second): the README's session is checked against it.
     */
    static Javalin app(RedisClient redis, Keys keys, Duration rateWindow) {
        ProductDatabase database = ProductDatabase.withSampleProducts(1_000, ProductDatabase.TYPICAL_LATENCY);
        ProductSets sets = new ProductSets(redis, keys);
        sets.tag(1, "coffee", "kitchen");
        sets.tag(2, "coffee");
        sets.tag(3, "kitchen", "coffee", "gift");
        CatalogApi.Collaborators collaborators = new CatalogApi.Collaborators(database,
                new ProductCache(redis, keys, Duration.ofSeconds(60)),
                new ProductBulkReader(redis, keys, Duration.ofSeconds(60)),
                new Purchases(redis, keys, database),
                new RecentlyViewed(redis, keys, 5),
                sets,
                new TopSellers(redis, keys),
                Optional.of(new RateLimiter(redis, keys, 20, rateWindow)),
                Optional.of(new ViewRetention(redis, keys, Duration.ofDays(1))));
        return CatalogApi.create(collaborators);
    }

    public static void main(String[] args) {
        AppAddress address = AppAddress.of(args, DEFAULT_PORT, 1).requireFree();
        Servers servers = new Servers();
        RedisServer server = servers.redis();
        // One client for the limiter and every part: after one timeout, the rest of the request fails fast.
        RedisClient redis = server.newClient(CacheTimeouts.FOR_REQUESTS);
        Javalin app = app(redis, new Keys(server.namespace()), Duration.ofSeconds(1)).start(address.host(), address.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            redis.close();
            servers.close();
        }));

        System.out.printf("""
                Catalog API on %s, caching in %s (Ctrl+C stops both). Try:
                  curl -i '%1$s/products/42?viewer=alice'   # MISS, then HIT on the second call
                  curl -s '%1$s/products?ids=1,2,3'          # three products, one round trip
                  curl -s  %1$s/users/alice/recently-viewed
                  curl -s  %1$s/tags/coffee,kitchen           # products 1 and 3
                  curl -s -X POST '%1$s/products/7/purchases?quantity=2'
                  curl -s '%1$s/top-sellers?limit=3'
                  curl -s %1$s/metrics                        # product reads by X-Cache, the hit ratio (Prometheus text)
                  curl -s -o /dev/null -w '%%{http_code} ' '%1$s/products/1?n=[1-25]'; echo   # 25 requests in one second: 429 after 20
                """, address.url(0), server);
    }
}

package workshop.lesson02;

import java.time.Duration;
import java.util.Optional;

import io.javalin.Javalin;
import redis.clients.jedis.RedisClient;

import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * Starts a real Redis (see the main README) and the catalog API on http://localhost:7072, over a database that
 * takes 20 ms a query. Ctrl+C stops both.
 */
public final class CatalogApiMain {

    private static final int PORT = 7072;

    private CatalogApiMain() {
    }

    public static void main(String[] args) {
        Servers servers = new Servers();
        RedisServer server = servers.redis();
        RedisClient redis = server.newClient();
        Keys keys = new Keys(server.namespace());
        ProductDatabase database = ProductDatabase.withSampleProducts(1_000, ProductDatabase.TYPICAL_LATENCY);
        ProductSets sets = new ProductSets(redis, keys);
        sets.tag(1, "coffee", "kitchen");
        sets.tag(2, "coffee");
        sets.tag(3, "kitchen", "coffee", "gift");
        CatalogApi.Parts parts = new CatalogApi.Parts(database,
                new ProductCache(redis, keys, Duration.ofSeconds(60)),
                new ProductBulkReader(redis, keys, Duration.ofSeconds(60)),
                new ProductHashes(redis, keys),
                new RecentlyViewed(redis, keys, 5),
                sets,
                new TopSellers(redis, keys),
                Optional.of(new RateLimiter(redis, keys, 20, Duration.ofSeconds(1))));
        Javalin app = CatalogApi.create(parts).start(PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            redis.close();
            servers.close();
        }));

        System.out.printf("""
                Catalog API on http://localhost:%d, caching in %s (Ctrl+C stops both). Try:
                  curl -i 'http://localhost:%1$d/products/42?viewer=alice'   # MISS, then HIT on the second call
                  curl -s 'http://localhost:%1$d/products?ids=1,2,3'          # three products, one round trip
                  curl -s  http://localhost:%1$d/users/alice/recently-viewed
                  curl -s  http://localhost:%1$d/tags/coffee,kitchen           # products 1 and 3
                  curl -s -X POST 'http://localhost:%1$d/products/7/purchases?quantity=2'
                  curl -s 'http://localhost:%1$d/top-sellers?limit=3'
                  for i in $(seq 25); do curl -s -o /dev/null -w '%%{http_code} ' http://localhost:%1$d/products/1; done; echo   # 429 after 20 a second
                """, PORT, server);
    }
}

package workshop.lesson04;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.javalin.Javalin;
import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;

import workshop.support.clients.CacheTimeouts;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.web.AppAddress;

/**
 * Starts real servers and the catalog API on http://127.0.0.1:7074 ({@code --port=N} or
 * {@code WORKSHOP_PORT} for another), caching in the store you choose: {@code redis}
 * (the default) or {@code memcached} — the same API through the same port. Sessions always live in Redis.
 * Ctrl+C stops it all.
 */
public final class CatalogApiMain {

    private static final int DEFAULT_PORT = 7074;

    private CatalogApiMain() {
    }

    /** The API with every part, on the given store; what the tour and the benchmark start too. */
    static Javalin app(Servers servers, String store, ProductDatabase database, WeatherService weather, ProductSearch search,
                       List<Runnable> onStop) {
        RedisServer redis = servers.redis();
        // Exercise 4.8's short timeouts, plus what an app serving requests needs besides (credentials from REDIS_URL,
        // failing fast after a timeout, a reconnect within a second): one Redis client, so that a session check and
        // a cache read never each wait for the same hung server.
        RedisClient sessionsClient = redis.newClient(CacheTimeouts.FOR_REQUESTS);
        onStop.add(sessionsClient::close);
        Cache cache;
        String namespace;
        switch (store) {
            case "redis" -> {
                cache = new RedisCache(sessionsClient);
                namespace = redis.namespace();
            }
            case "memcached" -> {
                MemcachedServer memcached = servers.memcached();
                MemcachedClient client = memcached.newClient(CacheTimeouts.FOR_REQUESTS);
                onStop.add(client::shutdown);
                cache = new MemcachedCache(client);
                namespace = memcached.namespace();
            }
            default -> throw new IllegalArgumentException("Choose a store: redis or memcached (was " + store + ")");
        }
        CacheKeys keys = new CacheKeys(namespace);
        CachedProducts products = new CachedProducts(cache, keys, database, Duration.ofSeconds(60));
        // Unknown ids stop reaching the database for 10 s: short, since a product may be created any moment (4.9).
        NegativeCachedProducts negative = new NegativeCachedProducts(products, cache, keys, Duration.ofSeconds(10));
        // A second in this process, a minute in the shared cache: see ResponseCache for why that is safe here.
        CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(products)
                .withNegativeCaching(negative)
                .withHttpCaching(new ConditionalGet(Duration.ofSeconds(60)))
                .withResponses(ResponseCache.rendering(negative::find, Duration.ofSeconds(1), Clock.systemUTC()))
                .withRevalidation(new Revalidation(CacheControl.catalog()))
                .withMetrics(new CacheMetrics())
                .withWeather(new CachedWeather(cache, keys, weather, Duration.ofSeconds(60)))
                .withSearch(new CachedSearch(cache, keys, search, Duration.ofSeconds(10)))
                // Idle for 30 minutes, or 8 hours after login however busy: then log in again (4.11).
                .withBoundedSessions(new BoundedSessions(sessionsClient, new CacheKeys(redis.namespace()), Duration.ofMinutes(30),
                        Duration.ofHours(8), Clock.systemUTC()));
        return CatalogApi.create(collaborators);
    }

    public static void main(String[] args) {
        AppAddress address = AppAddress.of(args, DEFAULT_PORT, 1).requireFree();
        String store = AppAddress.choices(args).stream().findFirst().orElse("redis").toLowerCase(Locale.ROOT);
        Servers servers = new Servers();
        List<Runnable> onStop = new ArrayList<>();
        Javalin app = app(servers, store, ProductDatabase.withSampleProducts(1_000, ProductDatabase.TYPICAL_LATENCY),
                new WeatherService(WeatherService.TYPICAL_LATENCY), new ProductSearch(ProductSearch.TYPICAL_LATENCY), onStop)
                .start(address.host(), address.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            onStop.forEach(Runnable::run);
            servers.close();
        }));

        System.out.printf("""
                Catalog API on %s, caching in %s (Ctrl+C stops it). Try:
                  curl -i %1$s/products/42            # MISS (20 ms in the database), then HIT
                  curl -i %1$s/products/42 -H 'If-None-Match: <the ETag it sent>'   # 304, no body
                  curl -i -X PUT %1$s/products/42 -d '{"name":"Espresso cup","priceCents":1200}'
                  curl -i %1$s/weather/Oslo           # MISS (100 ms upstream), then HIT
                  curl -s '%1$s/search?q=Product&category=Kitchen&sort=price'
                  curl -s %1$s/login -d '{"user":"alice","password":"wonderland"}'
                  curl -i %1$s/profile -H 'Authorization: Bearer <the token>'
                  curl -s %1$s/metrics | grep api_cache     # hits, misses, the hit ratio (Prometheus text)
                """, address.url(0), store);
    }
}

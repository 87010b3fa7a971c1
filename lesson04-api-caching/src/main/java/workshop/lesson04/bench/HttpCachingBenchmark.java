package workshop.lesson04.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import io.javalin.Javalin;
import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;

import workshop.lesson04.Cache;
import workshop.lesson04.CacheKeys;
import workshop.lesson04.CachedProducts;
import workshop.lesson04.CatalogApi;
import workshop.lesson04.MemcachedCache;
import workshop.lesson04.ProductDatabase;
import workshop.lesson04.RedisCache;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * The whole request, over HTTP: the same endpoint ({@code GET /products/42}, a 20 ms database behind it) served
 * uncached, cached in Redis, and cached in Memcached — as requests per second, and as latency percentiles (the
 * tail, p99, is what the slowest of a hundred users waits). Two client threads, as two users at once.
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -Psolutions -pl lesson04-api-caching -am} (it measures the finished
 * exercises). Expect: uncached about 20 ms and 90 requests/s; cached about 1 ms and a thousand or more.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@Threads(2)
@State(Scope.Benchmark)
public class HttpCachingBenchmark {

    private final List<Runnable> onStop = new ArrayList<>();
    private Servers servers;
    private HttpClient http;
    private HttpRequest uncached;
    private HttpRequest redis;
    private HttpRequest memcached;

    @Setup(Level.Trial)
    public void start() throws Exception {
        servers = new Servers();
        http = HttpClient.newHttpClient();
        ProductDatabase database = ProductDatabase.withSampleProducts(1_000, ProductDatabase.TYPICAL_LATENCY);

        RedisServer redisServer = servers.redis();
        RedisClient redisClient = redisServer.newClient();
        onStop.add(redisClient::close);
        MemcachedServer memcachedServer = servers.memcached();
        MemcachedClient memcachedClient = memcachedServer.newClient();
        onStop.add(memcachedClient::shutdown);

        uncached = productRequest(app(new NoCache(), "", database));
        redis = productRequest(app(new RedisCache(redisClient), redisServer.namespace(), database));
        memcached = productRequest(app(new MemcachedCache(memcachedClient), memcachedServer.namespace(), database));
        for (HttpRequest request : List.of(uncached, redis, memcached)) {
            get(request); // the cached apps now hold product 42
        }
    }

    private int app(Cache cache, String namespace, ProductDatabase database) {
        Javalin app = CatalogApi.create(CatalogApi.Collaborators.of(
                new CachedProducts(cache, new CacheKeys(namespace + "bench:"), database, Duration.ofMinutes(10)))).start(0);
        onStop.add(app::stop);
        return app.port();
    }

    private static HttpRequest productRequest(int port) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/products/42")).timeout(Duration.ofSeconds(10)).build();
    }

    private int get(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @TearDown(Level.Trial)
    public void stop() {
        onStop.forEach(Runnable::run);
        servers.close();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int uncachedEndpoint() throws Exception {
        return get(uncached);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int redisCachedEndpoint() throws Exception {
        return get(redis);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int memcachedCachedEndpoint() throws Exception {
        return get(memcached);
    }
}

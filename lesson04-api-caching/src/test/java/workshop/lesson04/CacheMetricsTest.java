package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.testing.MetricsText.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.time.MutableClock;

/** GET /metrics: the Prometheus text moves exactly as the X-Cache headers say. */
@RealServers
class CacheMetricsTest {

    @Test
    void theHitRatioMovesAsTheXCacheHeadersSay(RedisServer redis) throws Exception {
        ProductDatabase database = Store.database();
        try (RedisClient client = redis.newClient()) {
            CachedProducts unused = new CachedProducts(new RedisCache(client),
                    new CacheKeys(redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":"), database,
                    Duration.ofSeconds(60));
            CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(unused)
                    .withResponses(ResponseCacheTest.fromDatabase(database, Duration.ofMinutes(1), MutableClock.atEpoch()))
                    .withMetrics(new CacheMetrics());
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                List<String> outcomes = new ArrayList<>();
                for (String path : List.of("/products/42", "/products/42", "/products/7", "/products/42", "/products/7")) {
                    outcomes.add(http.get(path).headers().get("X-Cache").get(0));
                }
                assertThat(outcomes).as("X-Cache of five GETs of two products").containsExactly("MISS", "HIT", "MISS", "HIT", "HIT");

                var response = http.get("/metrics");
                String metrics = response.body().string();
                assertThat(response.headers().get("Content-Type")).as("GET /metrics' content type").singleElement().asString().startsWith("text/plain");
                assertThat(sample(metrics, "api_cache_requests_total{cache=\"products\",outcome=\"hit\"}")).as("hits counted").isEqualTo(3);
                assertThat(sample(metrics, "api_cache_requests_total{cache=\"products\",outcome=\"miss\"}")).as("misses counted").isEqualTo(2);
                assertThat(sample(metrics, "api_cache_hit_ratio{cache=\"products\"}")).as("the hit ratio: 3 HIT of 5").isEqualTo(0.6);
                assertThat(sample(metrics, "cache_gets_total{cache=\"responses\",result=\"hit\"}"))
                        .as("Caffeine's own count of the response cache's hits (its Micrometer binder)").isEqualTo(3);

                http.get("/products/7");
                assertThat(sample(http.get("/metrics").body().string(), "api_cache_hit_ratio{cache=\"products\"}"))
                        .as("the hit ratio after one more HIT: 4 of 6").isCloseTo(4 / 6.0, org.assertj.core.data.Offset.offset(1e-9));
            });
        }
    }
}

package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.testing.MetricsText.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** GET /metrics: the product reads' hits, misses and hit ratio move exactly as their X-Cache headers say. */
@RealServers
class CatalogMetricsTest {

    private static final String HITS = "api_cache_requests_total{cache=\"products\",outcome=\"hit\"}";
    private static final String MISSES = "api_cache_requests_total{cache=\"products\",outcome=\"miss\"}";
    private static final String RATIO = "api_cache_hit_ratio{cache=\"products\"}";

    @Test
    void theHitRatioMovesAsTheXCacheHeadersSay(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            CatalogApi.Collaborators collaborators = Fixtures.collaborators(client, Fixtures.freshKeys(redis), Fixtures.database(), Optional.empty());
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                if (!"solutions".equals(System.getProperty("workshop.mode"))) {
                    // On the stubs a read answers 501 (exercise 2.1 is not done) with no X-Cache: nothing to count.
                    assertThat(http.get("/products/42").code()).as("a read on the stubs").isEqualTo(501);
                    String metrics = http.get("/metrics").body().string();
                    assertThat(sample(metrics, HITS) + sample(metrics, MISSES)).as("reads counted without an X-Cache header").isZero();
                    return;
                }
                List<String> outcomes = new ArrayList<>();
                for (String path : List.of("/products/42", "/products/42", "/products/7", "/products/42", "/products/7")) {
                    outcomes.add(http.get(path).headers().get("X-Cache").get(0));
                }
                assertThat(outcomes).as("X-Cache of five reads of two products").containsExactly("MISS", "HIT", "MISS", "HIT", "HIT");

                var response = http.get("/metrics");
                String metrics = response.body().string();
                assertThat(response.headers().get("Content-Type")).as("GET /metrics' content type").singleElement().asString().startsWith("text/plain");
                assertThat(sample(metrics, HITS)).as("hits counted").isEqualTo(3);
                assertThat(sample(metrics, MISSES)).as("misses counted").isEqualTo(2);
                assertThat(sample(metrics, RATIO)).as("the hit ratio: 3 HIT of 5").isEqualTo(0.6);

                http.get("/products/7");
                http.get("/products/abc");
                assertThat(sample(http.get("/metrics").body().string(), RATIO))
                        .as("the hit ratio after one more HIT and a 400 (not a read of the cache): 4 of 6").isEqualTo(4 / 6.0);
            });
        }
    }
}

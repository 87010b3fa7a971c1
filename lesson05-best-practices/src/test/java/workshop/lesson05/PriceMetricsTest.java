package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.testing.MetricsText.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** GET /metrics: the price reads' hits, misses and hit ratio move exactly as their X-Cache headers say. */
@RealServers
class PriceMetricsTest {

    private static final String HITS = "api_cache_requests_total{cache=\"prices\",outcome=\"hit\"}";
    private static final String MISSES = "api_cache_requests_total{cache=\"prices\",outcome=\"miss\"}";
    private static final String RATIO = "api_cache_hit_ratio{cache=\"prices\"}";

    @Test
    void theHitRatioMovesAsTheXCacheHeadersSay(RedisServer redis) {
        PriceService origin = Fixtures.instantOrigin();
        try (RedisClient client = redis.newClient()) {
            PriceCache cache = new NaivePriceCache(client, Fixtures.freshKeys(redis), origin, Duration.ofMinutes(10));
            JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, cache, client)), (server, http) -> {
                List<String> outcomes = new ArrayList<>();
                for (String path : List.of("/prices/42", "/prices/42", "/prices/7", "/prices/42", "/prices/7")) {
                    outcomes.add(http.get(path).headers().get("X-Cache").get(0));
                }
                assertThat(outcomes).as("X-Cache of five reads of two prices: MISS when the pricing engine computed it")
                        .containsExactly("MISS", "HIT", "MISS", "HIT", "HIT");
                assertThat(origin.calls()).as("pricing engine calls for five reads of two prices").isEqualTo(2);

                String metrics = http.get("/metrics").body().string();
                assertThat(sample(metrics, HITS)).as("hits counted").isEqualTo(3);
                assertThat(sample(metrics, MISSES)).as("misses counted").isEqualTo(2);
                assertThat(sample(metrics, RATIO)).as("the hit ratio: 3 HIT of 5").isEqualTo(0.6);

                http.put("/prices/7", "{\"priceCents\": 12000}");
                assertThat(http.get("/prices/7").headers().get("X-Cache")).as("X-Cache of a read after a write").containsExactly("MISS");
                http.get("/prices/abc");
                assertThat(sample(http.get("/metrics").body().string(), RATIO))
                        .as("the hit ratio after a write (not a read), a MISS and a 400 (not a read of the cache): 3 of 6")
                        .isEqualTo(0.5);
            });
        }
    }
}

package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.testing.MetricsText.sample;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;

/** GET /metrics: the weather reads' hits, misses and hit ratio move exactly as their X-Cache headers say. */
@RealServers
class WeatherMetricsTest {

    private static final String HITS = "api_cache_requests_total{cache=\"weather\",outcome=\"hit\"}";
    private static final String MISSES = "api_cache_requests_total{cache=\"weather\",outcome=\"miss\"}";
    private static final String RATIO = "api_cache_hit_ratio{cache=\"weather\"}";

    @Test
    void theHitRatioMovesAsTheXCacheHeadersSay(MemcachedServer memcached) {
        WeatherService service = Fixtures.service();
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            CityKeys keys = new SafeCityKeys(FreshNamespace.inside(memcached));
            JavalinTest.test(WeatherApi.create(new WeatherCache(client.memcached(), keys, 60),
                    new WeatherBulkReader(client.memcached(), keys, 60), service), (server, http) -> {
                if (!"solutions".equals(System.getProperty("workshop.mode"))) {
                    // On the stubs a read answers 501 (exercise 3.1 is not done) with no X-Cache: nothing to count.
                    assertThat(http.get("/weather/Oslo").code()).as("a read on the stubs").isEqualTo(501);
                    String metrics = http.get("/metrics").body().string();
                    assertThat(sample(metrics, HITS) + sample(metrics, MISSES)).as("reads counted without an X-Cache header").isZero();
                    return;
                }
                List<String> outcomes = new ArrayList<>();
                for (String path : List.of("/weather/Oslo", "/weather/Oslo", "/weather/Lima", "/weather/Oslo", "/weather/Lima")) {
                    outcomes.add(http.get(path).headers().get("X-Cache").get(0));
                }
                assertThat(outcomes).as("X-Cache of five reads of two cities").containsExactly("MISS", "HIT", "MISS", "HIT", "HIT");
                assertThat(service.calls()).as("upstream calls for five reads of two cities").isEqualTo(2);

                String metrics = http.get("/metrics").body().string();
                assertThat(sample(metrics, HITS)).as("hits counted").isEqualTo(3);
                assertThat(sample(metrics, MISSES)).as("misses counted").isEqualTo(2);
                assertThat(sample(metrics, RATIO)).as("the hit ratio: 3 HIT of 5").isEqualTo(0.6);

                http.get("/weather/Lima");
                http.get("/weather/123");
                assertThat(sample(http.get("/metrics").body().string(), RATIO))
                        .as("the hit ratio after one more HIT and a 400 (not a read of the cache): 4 of 6").isEqualTo(4 / 6.0);
            });
        }
    }
}

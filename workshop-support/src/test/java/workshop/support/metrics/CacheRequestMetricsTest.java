package workshop.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.testing.MetricsText.sample;

import org.junit.jupiter.api.Test;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;

/** The metrics count GETs as their X-Cache header says, and nothing else; /metrics serves them as Prometheus text. */
class CacheRequestMetricsTest {

    private static final String HITS = "api_cache_requests_total{cache=\"things\",outcome=\"hit\"}";
    private static final String MISSES = "api_cache_requests_total{cache=\"things\",outcome=\"miss\"}";
    private static final String BYPASSES = "api_cache_requests_total{cache=\"things\",outcome=\"bypass\"}";
    private static final String RATIO = "api_cache_hit_ratio{cache=\"things\"}";

    @Test
    void countsEachGetAsItsXCacheHeaderSaysAndNothingWithoutOne() {
        CacheRequestMetrics metrics = new CacheRequestMetrics();
        Javalin app = Javalin.create(config -> {
            metrics.observe(config, "/things/{answer}", "things");
            metrics.serve(config);
            config.routes.get("/things/{answer}", ctx -> {
                if (!ctx.pathParam("answer").equals("none")) {
                    ctx.header("X-Cache", ctx.pathParam("answer"));
                }
                ctx.result("thing");
            });
            config.routes.put("/things/{answer}", ctx -> ctx.header("X-Cache", "BYPASS").result("written"));
        });
        JavalinTest.test(app, (server, http) -> {
            String before = http.get("/metrics").body().string();
            assertThat(sample(before, HITS) + sample(before, MISSES) + sample(before, BYPASSES))
                    .as("every outcome shows, at 0, before the first request").isZero();
            assertThat(sample(before, RATIO)).as("the ratio before any request").isZero();

            for (String answer : new String[] {"HIT", "HIT", "MISS", "BYPASS", "none"}) {
                http.get("/things/" + answer);
            }
            http.put("/things/HIT", "");

            var response = http.get("/metrics");
            String after = response.body().string();
            assertThat(response.headers().get("Content-Type")).as("the content type of /metrics").singleElement().asString()
                    .startsWith("text/plain; version=0.0.4");
            assertThat(sample(after, HITS)).as("GETs answered X-Cache: HIT").isEqualTo(2);
            assertThat(sample(after, MISSES)).as("GETs answered X-Cache: MISS").isEqualTo(1);
            assertThat(sample(after, BYPASSES)).as("GETs answered X-Cache: BYPASS (the PUT's is not a read)").isEqualTo(1);
            assertThat(sample(after, RATIO)).as("the hit ratio: 2 HIT of 4 (the GET without X-Cache asked no cache)").isEqualTo(0.5);
        });
    }
}

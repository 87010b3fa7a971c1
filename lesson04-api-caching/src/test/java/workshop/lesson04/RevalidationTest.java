package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.testing.MetricsText.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.time.MutableClock;

@RealServers
@DisplayName("Exercise 4.10: Validate without rebuilding the body")
@TestMethodOrder(OrderAnnotation.class)
class RevalidationTest {

    private static final RenderedResponse PRODUCT = RenderedResponse.of("{\"id\":42}", Instant.parse("2026-01-05T10:15:30Z"));
    private static final String ITS_LAST_MODIFIED = "Mon, 05 Jan 2026 10:15:30 GMT";

    private static boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        return Revalidation.notModified(ifNoneMatch, ifModifiedSince, PRODUCT);
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    @Test
    @Order(1)
    void aClientHasTheResponseWhenEitherValidatorSaysSo() {
        String etag = PRODUCT.etag();
        assertThat(notModified(null, null)).as("4.10 must send the body to a request with no conditional header").isFalse();
        assertThat(notModified(etag, null)).as("4.10 must say not modified when If-None-Match names the response's ETag").isTrue();
        assertThat(notModified("\"other\"", null)).as("4.10 must say modified when If-None-Match names another ETag").isFalse();
        assertThat(notModified("\"other\", W/" + etag, null)).as("4.10 must read If-None-Match as a comma-separated list, and"
                + " compare weakly (W/\"x\" matches \"x\"): If-None-Match: \"other\", W/<the ETag>").isTrue();
        assertThat(notModified("*", null)).as("4.10 must read If-None-Match: * as any version").isTrue();
        assertThat(notModified(null, ITS_LAST_MODIFIED)).as("4.10 must say not modified when If-Modified-Since equals"
                + " Last-Modified (nothing changed since that very second)").isTrue();
        assertThat(notModified(null, "Mon, 05 Jan 2026 11:00:00 GMT")).as("4.10 must say not modified when If-Modified-Since"
                + " is after Last-Modified").isTrue();
        assertThat(notModified(null, "Mon, 05 Jan 2026 10:15:29 GMT")).as("4.10 must say modified when If-Modified-Since is"
                + " a second before Last-Modified").isFalse();
        assertThat(notModified(null, "yesterday")).as("4.10 must ignore an If-Modified-Since that is not an HTTP date (the"
                + " full answer, never an error)").isFalse();
        assertThat(notModified("\"other\"", "Mon, 05 Jan 2026 11:00:00 GMT")).as("4.10 must let If-None-Match decide when both"
                + " are sent (If-None-Match takes precedence, RFC 9110 13.2.2: an ETag is exact, a date has whole seconds):"
                + " an old ETag with a recent If-Modified-Since").isFalse();
    }

    @Test
    @Order(2)
    void a304ComesFromTheStoredValidatorsWithoutRenderingTheBodyAgain(RedisServer redis) {
        assertThat(notModified(null, null)).as("4.10 must send the body to a request with no conditional header").isFalse();
        try (RedisClient client = redis.newClient()) {
            MutableClock clock = MutableClock.atEpoch();
            clock.advance(Duration.ofDays(20_000));
            ProductDatabase database = Store.database();
            CachedProducts products = new CachedProducts(new RedisCache(client),
                    new CacheKeys(redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":"), database,
                    Duration.ofSeconds(60));
            ResponseCache responses = ResponseCache.of(products, Duration.ofMinutes(1), clock);
            CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(products).withResponses(responses)
                    .withRevalidation(new Revalidation(CacheControl.catalog()));
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                var first = http.get("/products/42");
                String body = first.body().string();
                assertThat(first.code()).as("4.10: GET /products/42 must answer 200; it answered: %s", body).isEqualTo(200);
                assertThat(first.headers().get("Cache-Control")).as("4.10 must send the caching policy it was given"
                        + " (max-age, s-maxage for shared caches, stale-while-revalidate, stale-if-error): Cache-Control")
                        .containsExactly(CacheControl.catalog().header());
                String etag = RenderedResponse.of(body, clock.instant()).etag();
                assertThat(first.headers().get("ETag")).as("4.10 must send the stored ETag").containsExactly(etag);
                assertThat(first.headers().get("Last-Modified")).as("4.10 must send the stored Last-Modified as an HTTP date"
                        + " (RFC 1123, GMT)").containsExactly(httpDate(clock.instant()));

                String[][] revalidations = {
                        {"If-None-Match", etag}, {"If-None-Match", "W/" + etag}, {"If-None-Match", "\"old\", " + etag},
                        {"If-None-Match", "*"}, {"If-Modified-Since", httpDate(clock.instant())}};
                for (String[] header : revalidations) {
                    var revalidated = http.get("/products/42", request -> request.header(header[0], header[1]));
                    assertThat(revalidated.code()).as("4.10 must answer 304 to %s: %s", header[0], header[1]).isEqualTo(304);
                    assertThat(revalidated.body().string()).as("4.10 must send no body with a 304").isEmpty();
                    assertThat(revalidated.headers().get("ETag")).as("4.10 must send the validators on a 304 too (set the"
                            + " headers first): its ETag").containsExactly(etag);
                    assertThat(revalidated.headers().get("Last-Modified")).as("4.10 must send the validators on a 304 too"
                            + " (set the headers first): its Last-Modified").containsExactly(httpDate(clock.instant()));
                }
                assertThat(responses.renders()).as("a 304 must cost no rendering: renders of the body for one GET and five"
                        + " revalidations (before, with 4.6's ConditionalGet, every request wrote and hashed the JSON)").isEqualTo(1);
                assertThat(database.calls()).as("database reads for one GET and five revalidations").isEqualTo(1);
            });
        }
    }

    @Test
    @Order(3)
    void afterAWriteTheOldValidatorsGetTheNewBody(RedisServer redis) {
        assertThat(notModified(null, null)).as("4.10 must send the body to a request with no conditional header").isFalse();
        try (RedisClient client = redis.newClient()) {
            MutableClock clock = MutableClock.atEpoch();
            CachedProducts products = new CachedProducts(new RedisCache(client),
                    new CacheKeys(redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":"),
                    Store.database(), Duration.ofSeconds(60));
            CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(products).withResponses(ResponseCache.of(products, Duration.ofMinutes(1), clock))
                    .withRevalidation(new Revalidation(CacheControl.catalog()));
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                var before = http.get("/products/42");
                String etag = before.headers().get("ETag").get(0);
                String lastModified = before.headers().get("Last-Modified").get(0);

                clock.advance(Duration.ofSeconds(2));
                http.put("/products/42", "{\"name\":\"Espresso cup\",\"priceCents\":1200}");

                var byEtag = http.get("/products/42", request -> request.header("If-None-Match", etag));
                assertThat(byEtag.code()).as("4.10 must answer 200 with the new body to the ETag from before a PUT").isEqualTo(200);
                assertThat(byEtag.body().string()).as("4.10: the body after the PUT").contains("Espresso cup");
                var byDate = http.get("/products/42", request -> request.header("If-Modified-Since", lastModified));
                assertThat(byDate.code()).as("4.10 must answer 200 to the Last-Modified from before a PUT (2 s earlier)")
                        .isEqualTo(200);
            });
        }
    }

    /**
     * The number behind "a 304 saves origin work": one GET and five revalidations, counted on /metrics as bodies built.
     * 4.6's ConditionalGet builds the body (JSON written, SHA-256 hashed) to compare its ETag, then sends none: 6.
     * 4.10's stored validators: 1, the first GET's.
     */
    @Test
    @Order(4)
    void a304FromStoredValidatorsBuildsNoBodyWhere46BuiltOneForEach(RedisServer redis) {
        assertThat(notModified(null, null)).as("4.10 must send the body to a request with no conditional header").isFalse();
        try (RedisClient client = redis.newClient()) {
            CachedProducts products = new CachedProducts(new RedisCache(client),
                    new CacheKeys(redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":"),
                    Store.database(), Duration.ofSeconds(60));
            CacheMetrics before = new CacheMetrics();
            JavalinTest.test(CatalogApi.create(CatalogApi.Collaborators.of(products)
                    .withHttpCaching(new ConditionalGet(Duration.ofSeconds(60))).withMetrics(before)), (server, http) -> {
                assertThat(getAndRevalidateFiveTimes(http)).as("4.6's answers to a GET and five revalidations").containsExactly(
                        200, 304, 304, 304, 304, 304);
            });
            CacheMetrics after = new CacheMetrics();
            JavalinTest.test(CatalogApi.create(CatalogApi.Collaborators.of(products)
                    .withResponses(ResponseCache.of(products, Duration.ofMinutes(1), MutableClock.atEpoch()))
                    .withRevalidation(new Revalidation(CacheControl.catalog())).withMetrics(after)), (server, http) -> {
                assertThat(getAndRevalidateFiveTimes(http)).as("4.10's answers to a GET and five revalidations").containsExactly(
                        200, 304, 304, 304, 304, 304);
            });

            assertThat(sample(before.scrape(), "api_response_bodies_total{cache=\"products\"}"))
                    .as("bodies built by 4.6's ConditionalGet for one GET and five 304s (the given \"before\")").isEqualTo(6);
            assertThat(sample(after.scrape(), "api_response_bodies_total{cache=\"responses\"}")).as("4.10: a 304 must build no"
                    + " body: bodies built for one GET and five 304s, answered from the stored validators").isEqualTo(1);
        }
    }

    private static List<Integer> getAndRevalidateFiveTimes(HttpClient http) {
        List<Integer> codes = new ArrayList<>();
        var first = http.get("/products/42");
        codes.add(first.code());
        String etag = first.headers().get("ETag").get(0);
        for (int i = 0; i < 5; i++) {
            codes.add(http.get("/products/42", request -> request.header("If-None-Match", etag)).code());
        }
        return codes;
    }
}

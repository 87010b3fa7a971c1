package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.testing.JsonBody;

/** The given API, over the given naive cache: reads, writes, bad input, and a Redis that is gone. */
@RealServers
class PriceApiTest {

    private static final Duration TTL = Duration.ofMinutes(10);

    /** Bad input must be turned away before any cache or origin is asked. */
    private static final PriceCache UNTOUCHABLE = new PriceCache() {
        @Override
        public String price(long productId) {
            throw new AssertionError("the cache was asked for price " + productId);
        }

        @Override
        public void invalidate(long productId) {
            throw new AssertionError("the cache was asked to invalidate " + productId);
        }
    };

    private static JsonNode json(Response response) throws Exception {
        return JsonBody.parse(response.body().string());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "99999999999999999999", "1.5"})
    void aBadIdIsA400(String id) {
        PriceService origin = Fixtures.instantOrigin();
        JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, UNTOUCHABLE, null)), (server, http) -> {
            Response read = http.get("/prices/" + id);
            Response write = http.put("/prices/" + id, "{\"priceCents\": 5}");

            assertThat(read.code()).isEqualTo(400);
            assertThat(json(read).get("error").asText()).startsWith("product id must be");
            assertThat(write.code()).isEqualTo(400);
            assertThat(origin.calls()).isZero();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{}", "{\"priceCents\": -1}", "{\"priceCents\": 100000001}",
            "{\"priceCents\": 12.5}", "{\"priceCents\": \"5\"}", "{\"priceCents\": 5, \"name\": \"x\"}",
            "{\"priceCents\": 99999999999999999999}"})
    void aBadBodyIsA400AndChangesNothing(String body) {
        PriceService origin = Fixtures.instantOrigin();
        JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, UNTOUCHABLE, null)), (server, http) -> {
            Response response = http.put("/prices/1", body);

            assertThat(response.code()).as("PUT with body %s", body).isEqualTo(400);
            assertThat(json(response).get("error").asText()).contains("priceCents");
            assertThat(origin.price(1)).isEqualTo(Fixtures.instantOrigin().price(1));
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 9_899, 9_900, 250_000_000_000_000_000L, Long.MAX_VALUE})
    void everyProductIdHasAPriceBetweenOneAndNinetyNineEuros(long id) {
        PriceService origin = Fixtures.instantOrigin();
        JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, ALWAYS_MISSING, null)), (server, http) -> {
            Response read = http.get("/prices/" + id);

            assertThat(read.code()).as("GET /prices/%d", id).isEqualTo(200);
            assertThat(json(read).get("priceCents").asLong()).as("the price of product %d, in cents (id × 37 must not "
                    + "overflow into a negative price)", id).isBetween(100L, 9_999L);
        });
    }

    /** A cache that always misses: every read reaches the pricing engine. */
    private static final PriceCache ALWAYS_MISSING = new PriceCache() {
        private final PriceService engine = Fixtures.instantOrigin();

        @Override
        public String price(long productId) {
            return engine.price(productId);
        }

        @Override
        public void invalidate(long productId) {
            throw new AssertionError("the cache was asked to invalidate " + productId);
        }
    };

    @Test
    void aReadIsCachedAndAWriteIsReadBack(RedisServer redis) {
        PriceService origin = Fixtures.instantOrigin();
        try (RedisClient client = redis.newClient()) {
            PriceCache cache = new NaivePriceCache(client, Fixtures.freshKeys(redis), origin, TTL);
            JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, cache, client)), (server, http) -> {
                Response first = http.get("/prices/42");
                Response second = http.get("/prices/42");

                assertThat(first.code()).isEqualTo(200);
                assertThat(first.headers().get("Server-Timing")).singleElement().asString().startsWith("price;dur=");
                assertThat(json(first).get("priceCents").asText()).isEqualTo(Fixtures.instantOrigin().price(42));
                assertThat(json(second)).isEqualTo(json(http.get("/prices/42")));
                assertThat(origin.calls()).as("origin calls for three reads").isEqualTo(1);

                Response write = http.put("/prices/42", "{\"priceCents\": 12000}");
                assertThat(write.code()).isEqualTo(200);
                assertThat(json(http.get("/prices/42")).get("priceCents").asLong()).isEqualTo(12_000);
            });
        }
    }

    @Test
    void withRedisGoneReadsAndWritesStillSucceed(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults()); // one of its own: this test kills it
        PriceService origin = Fixtures.instantOrigin();
        try (RedisClient client = redis.newClient()) {
            PriceCache cache = new NaivePriceCache(client, new Keys(redis.namespace()), origin, TTL);
            redis.kill();
            JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, cache, client)), (server, http) -> {
                Response read = http.get("/prices/42");
                Response write = http.put("/prices/42", "{\"priceCents\": 12000}");

                assertThat(read.code()).isEqualTo(200);
                assertThat(read.headers().get("X-Cache")).containsExactly("BYPASS");
                assertThat(json(read).get("priceCents").asText()).isEqualTo(Fixtures.instantOrigin().price(42));
                assertThat(write.code()).isEqualTo(200);
                assertThat(write.headers().get("X-Cache")).containsExactly("BYPASS");
                assertThat(origin.price(42)).as("the write reached the origin").isEqualTo("12000");
            });
        }
    }
}

package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.testing.JsonBody;

/** The given API: bad ids and bad bodies get a 400 with a JSON error, before the cache or the database. */
@RealServers
class CatalogApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "99999999999999999999"})
    void aBadIdIsA400(String id, RedisServer redis) {
        ProductDatabase database = Store.database();
        try (RedisClient client = redis.newClient()) {
            CachedProducts products = new CachedProducts(new RedisCache(client), new CacheKeys(redis.namespace()), database, Duration.ofSeconds(60));
            JavalinTest.test(CatalogApi.create(CatalogApi.Collaborators.of(products)), (server, http) -> {
                var response = http.get("/products/" + id);

                assertThat(response.code()).isEqualTo(400);
                assertThat(JsonBody.parse(response.body().string()).get("error").asText()).startsWith("product id must be");
                assertThat(database.calls()).isZero();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{\"name\":\"x\"}", "{\"priceCents\":5}", "{\"name\":\"x\",\"priceCents\":-5}",
            "{\"name\":\"\",\"priceCents\":5}", "{\"name\":\"x\",\"priceCents\":\"five\"}", "{\"name\":\"x\",\"priceCents\":5,\"id\":9}", "{\"name\":\"x\",\"priceCents\":12.5}"})
    void aBadBodyIsA400(String body, RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            CachedProducts products = new CachedProducts(new RedisCache(client), new CacheKeys(redis.namespace()), Store.database(), Duration.ofSeconds(60));
            JavalinTest.test(CatalogApi.create(CatalogApi.Collaborators.of(products)), (server, http) -> {
                var response = http.put("/products/1", body);

                assertThat(response.code()).as("PUT with body %s", body).isEqualTo(400);
                assertThat(JsonBody.parse(response.body().string()).get("error").asText()).isNotBlank();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=a&Q=b", "/search?color=red", "/search?maxPrice=12.5", "/search?sort=random",
            "/search?category=cars", "/weather/Oslo%3B", "/weather/42"})
    void aBadSearchOrCityIsA400(String path, RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            JavalinTest.test(CatalogApi.create(searchAndWeather(client, redis)), (server, http) -> {
                var response = http.get(path);

                assertThat(response.code()).as("GET %s", path).isEqualTo(400);
                assertThat(JsonBody.parse(response.body().string()).get("error").asText()).isNotBlank();
            });
        }
    }

    private static CatalogApi.Collaborators searchAndWeather(RedisClient client, RedisServer redis) {
        CacheKeys keys = new CacheKeys(redis.namespace() + "test-" + System.nanoTime() + ":");
        Cache cache = new RedisCache(client);
        return CatalogApi.Collaborators.of(new CachedProducts(cache, keys, Store.database(), Duration.ofSeconds(60)))
                .withSearch(new CachedSearch(cache, keys, new ProductSearch(Duration.ZERO), Duration.ofSeconds(10)))
                .withWeather(new CachedWeather(cache, keys, new WeatherService(Duration.ZERO), Duration.ofSeconds(60)));
    }

    @Test
    void everyCityHasWeatherEvenOneWhoseHashIsTheSmallestInteger() {
        assertThat("polygenelubricants".hashCode()).isEqualTo(Integer.MIN_VALUE);

        assertThat(new WeatherService(Duration.ZERO).current("polygenelubricants").conditions()).isNotBlank();
    }

    @Test
    void anUnknownEndpointIsA404WithAJsonError(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            CachedProducts products = new CachedProducts(new RedisCache(client), new CacheKeys(redis.namespace()), Store.database(), Duration.ofSeconds(60));
            JavalinTest.test(CatalogApi.create(CatalogApi.Collaborators.of(products)), (server, http) -> {
                var response = http.get("/nothing-here");

                assertThat(response.code()).isEqualTo(404);
                assertThat(JsonBody.parse(response.body().string()).get("error").asText()).isEqualTo("no such endpoint: GET /nothing-here");
            });
        }
    }

    @Test
    void everyKeyLivesInTheLessonsNamespaceAndIsAValidMemcachedKey() {
        String key = new CacheKeys("run-1:").product(Long.MAX_VALUE);

        assertThat(key).isEqualTo("run-1:lesson04:product:v1:" + Long.MAX_VALUE).hasSizeLessThan(250).doesNotContain(" ");
    }
}

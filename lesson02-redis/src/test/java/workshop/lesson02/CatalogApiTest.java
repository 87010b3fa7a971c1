package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.testing.JsonBody;

/** The given API: bad input gets a 400 with a JSON error before it reaches Redis or the database. */
@RealServers
class CatalogApiTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/products/abc", "/products/0", "/products/-1", "/products/99999999999999999999",
            "/products/1?viewer=bad%20name", "/products?ids=", "/products?ids=1,x",
            "/users/a%2Fb/recently-viewed", "/tags/coffee,", "/tags/caf%C3%A9", "/top-sellers?limit=0", "/top-sellers?limit=101"})
    void badInputIsA400WithAJsonError(String path, RedisServer redis) {
        ProductDatabase database = Fixtures.database();
        try (RedisClient client = redis.newClient()) {
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, Fixtures.freshKeys(redis), database, Optional.empty())), (server, http) -> {
                var response = http.get(path);

                assertThat(response.code()).as("GET %s", path).isEqualTo(400);
                assertThat(JsonBody.parse(response.body().string()).get("error").asText()).isNotBlank();
                assertThat(database.calls()).as("database calls").isZero();
            });
        }
    }

    @Test
    void tooManyIdsAtOnceIsA400(RedisServer redis) {
        String ids = String.join(",", java.util.Collections.nCopies(CatalogApi.MAX_IDS + 1, "1"));
        try (RedisClient client = redis.newClient()) {
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, Fixtures.freshKeys(redis), Fixtures.database(), Optional.empty())), (server, http) -> {
                var response = http.get("/products?ids=" + ids);

                assertThat(response.code()).isEqualTo(400);
                assertThat(JsonBody.parse(response.body().string()).get("error").asText()).isEqualTo("at most 100 ids at once, got 101");
            });
        }
    }

    @Test
    void aPurchaseOfABadQuantityIsA400(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, Fixtures.freshKeys(redis), Fixtures.database(), Optional.empty())), (server, http) -> {
                for (String quantity : new String[] {"0", "-2", "1001", "lots"}) {
                    var response = http.post("/products/1/purchases?quantity=" + quantity, "");
                    assertThat(response.code()).as("quantity=%s", quantity).isEqualTo(400);
                }
            });
        }
    }

    @Test
    void anUnknownEndpointIsA404WithAJsonError(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, Fixtures.freshKeys(redis), Fixtures.database(), Optional.empty())), (server, http) -> {
                var response = http.get("/nothing-here");

                assertThat(response.code()).isEqualTo(404);
                assertThat(JsonBody.parse(response.body().string()).get("error").asText()).isEqualTo("no such endpoint: GET /nothing-here");
            });
        }
    }

    @Test
    void everyKeyLivesInTheLessonsNamespace() {
        Keys keys = new Keys("run-1:");

        assertThat(new String[] {keys.product(42), keys.productHash(42), keys.recentlyViewed("alice"), keys.tagsOf(42),
                keys.taggedWith("coffee"), keys.visitors(42), keys.topSellers(), keys.rateLimit("c1"), keys.invalidations()})
                .allSatisfy(key -> assertThat(key).startsWith("run-1:lesson02:"))
                .doesNotHaveDuplicates();
        assertThat(keys.product(42)).isEqualTo("run-1:lesson02:product:42");
    }
}

package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

@RealServers
@DisplayName("Exercise 2.4: Sets, tags and unique visitors")
class ProductSetsTest {

    @Test
    void tagsAProductBothWays(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductSets sets = new ProductSets(client, keys);

            sets.tag(1, "coffee", "kitchen");

            assertThat(sets.hasTag(1, "coffee")).isTrue();
            assertThat(sets.hasTag(1, "gift")).isFalse();
            assertThat(client.smembers(keys.tagsOf(1))).containsExactlyInAnyOrder("coffee", "kitchen");
            assertThat(client.smembers(keys.taggedWith("kitchen"))).containsExactly("1");
        }
    }

    @Test
    void findsTheProductsCarryingEveryTagAsked(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ProductSets sets = new ProductSets(client, Fixtures.freshKeys(redis));
            sets.tag(1, "coffee", "kitchen");
            sets.tag(2, "coffee");
            sets.tag(3, "kitchen", "coffee", "gift");

            assertThat(sets.taggedWithAll("coffee", "kitchen")).containsExactlyInAnyOrder(1L, 3L);
            assertThat(sets.taggedWithAll("coffee")).containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(sets.taggedWithAll("gift", "kitchen")).containsExactly(3L);
            assertThat(sets.taggedWithAll("gift", "nobody-uses-this")).isEmpty();
        }
    }

    @Test
    void countsEachVisitorOnce(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ProductSets sets = new ProductSets(client, Fixtures.freshKeys(redis));

            assertThat(sets.recordVisitor(42, "alice")).isTrue();
            assertThat(sets.recordVisitor(42, "bob")).isTrue();
            assertThat(sets.recordVisitor(42, "alice")).as("alice again").isFalse();

            assertThat(sets.uniqueVisitors(42)).isEqualTo(2);
            assertThat(sets.uniqueVisitors(43)).isZero();
        }
    }

    @Test
    void viewingAProductThroughTheApiRecordsTheViewAndTheVisitor(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductSets sets = new ProductSets(client, keys);
            assertThat(sets.uniqueVisitors(7)).as("before any view").isZero();
            JavalinTest.test(CatalogApi.create(Fixtures.parts(client, keys, Fixtures.database(), Optional.empty())), (server, http) -> {
                for (String path : new String[] {"/products/7?viewer=alice", "/products/9?viewer=alice", "/products/7?viewer=bob"}) {
                    var response = http.get(path);
                    assertThat(response.code()).as("GET %s answered: %s", path, response.body().string()).isEqualTo(200);
                }

                assertThat(http.get("/products/7/visitors").body().string()).isEqualTo("{\"productId\":7,\"uniqueVisitors\":2}");
                assertThat(http.get("/users/alice/recently-viewed").body().string()).isEqualTo("[9,7]");
            });
        }
    }

    @Test
    void theApiFindsProductsByTags(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductSets sets = new ProductSets(client, keys);
            sets.tag(1, "coffee", "kitchen");
            sets.tag(3, "kitchen", "coffee");
            JavalinTest.test(CatalogApi.create(Fixtures.parts(client, keys, Fixtures.database(), Optional.empty())), (server, http) -> {
                var response = http.get("/tags/coffee,kitchen");

                assertThat(Fixtures.json(response.body().string()).get("products").toString()).isEqualTo("[1,3]");
            });
        }
    }
}

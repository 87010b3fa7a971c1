package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import java.util.Set;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;
import workshop.support.testing.JsonBody;

@RealServers
@DisplayName("Exercise 2.4: Sets, tags and unique visitors")
class ProductSetsTest {

    @Test
    void tagsAProductBothWays(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductSets sets = new ProductSets(client, keys);

            sets.tag(1, "coffee", "kitchen");

            assertThat(sets.hasTag(1, "coffee")).as("hasTag(1, coffee) after tagging 1 with coffee and kitchen").isTrue();
            assertThat(sets.hasTag(1, "gift")).as("hasTag(1, gift), a tag it was never given").isFalse();
            assertThat(client.smembers(keys.tagsOf(1))).as("2.4 must keep the product's tags in the set tagsOf(1)")
                    .containsExactlyInAnyOrder("coffee", "kitchen");
            assertThat(client.smembers(keys.taggedWith("kitchen"))).as("2.4 must tag both ways: the tag's products, in the"
                    + " set taggedWith(kitchen)").containsExactly("1");
        }
    }

    @Test
    void findsTheProductsCarryingEveryTagAsked(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ProductSets sets = new ProductSets(client, Fixtures.freshKeys(redis));
            sets.tag(1, "coffee", "kitchen");
            sets.tag(2, "coffee");
            sets.tag(3, "kitchen", "coffee", "gift");

            assertThat(sets.taggedWithAll("coffee", "kitchen")).as("2.4: products tagged coffee and kitchen (tagged both ways)").containsExactlyInAnyOrder(1L, 3L);
            assertThat(sets.taggedWithAll("coffee")).as("2.4: products tagged coffee").containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(sets.taggedWithAll("gift", "kitchen")).as("2.4: products tagged gift and kitchen").containsExactly(3L);
            assertThat(sets.taggedWithAll("gift", "nobody-uses-this")).as("2.4: products tagged with a tag nobody uses").isEmpty();
        }
    }

    @Test
    void intersectsOnTheServerWithOneSinter(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            ProductSets sets = new ProductSets(client, Fixtures.freshKeys(redis));
            sets.tag(1, "coffee", "kitchen");
            sets.tag(2, "coffee");
            sets.tag(3, "kitchen", "coffee", "gift");
            proxy.reset();

            Set<Long> both = sets.taggedWithAll("coffee", "kitchen");

            Traffic traffic = proxy.traffic();
            assertThat(both).as("2.4 must find the products tagged coffee and kitchen, from each tag's products (kept in"
                    + " taggedWith(tag): tag both ways)").containsExactlyInAnyOrder(1L, 3L);
            assertThat(traffic.commands("SMEMBERS")).as("2.4 must intersect on the server with one SINTER, not fetch each"
                    + " tag's members (SMEMBERS) and intersect them in Java: saw %s", traffic).isZero();
            assertThat(traffic.commands("SINTER")).as("2.4 must intersect on the server with one SINTER: saw %s", traffic).isEqualTo(1);
        }
    }

    @Test
    void countsVisitorsOnTheServerWithScard(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            ProductSets sets = new ProductSets(client, Fixtures.freshKeys(redis));
            sets.recordVisitor(42, "alice");
            sets.recordVisitor(42, "bob");
            proxy.reset();

            long visitors = sets.uniqueVisitors(42);

            Traffic traffic = proxy.traffic();
            assertThat(visitors).as("unique visitors of product 42").isEqualTo(2);
            assertThat(traffic.commands("SMEMBERS")).as("2.4 must count the visitors on the server (SCARD), not fetch every"
                    + " visitor (SMEMBERS) to count them in Java: saw %s", traffic).isZero();
            assertThat(traffic.commands("SCARD")).as("2.4 must count the visitors with one SCARD: saw %s", traffic).isEqualTo(1);
        }
    }

    @Test
    void countsEachVisitorOnce(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ProductSets sets = new ProductSets(client, Fixtures.freshKeys(redis));

            assertThat(sets.recordVisitor(42, "alice")).as("2.4: alice's first visit is new").isTrue();
            assertThat(sets.recordVisitor(42, "bob")).as("2.4: bob's first visit is new").isTrue();
            assertThat(sets.recordVisitor(42, "alice")).as("2.4: alice again is not a new visitor").isFalse();

            assertThat(sets.uniqueVisitors(42)).as("2.4: unique visitors after alice, bob, alice").isEqualTo(2);
            assertThat(sets.uniqueVisitors(43)).as("2.4: unique visitors of a product nobody saw").isZero();
        }
    }

    @Test
    void viewingAProductThroughTheApiRecordsTheViewAndTheVisitor(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductSets sets = new ProductSets(client, keys);
            assertThat(sets.uniqueVisitors(7)).as("before any view").isZero();
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, keys, Fixtures.database(), Optional.empty())), (server, http) -> {
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
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, keys, Fixtures.database(), Optional.empty())), (server, http) -> {
                var response = http.get("/tags/coffee,kitchen");

                assertThat(JsonBody.parse(response.body().string()).get("products").toString()).isEqualTo("[1,3]");
            });
        }
    }

    @Test
    void recordsAVisitorAndTellsWhetherItIsNewWithOneSadd(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            ProductSets sets = new ProductSets(client, Fixtures.freshKeys(redis));
            sets.recordVisitor(42, "alice");
            proxy.reset();

            boolean isNew = sets.recordVisitor(42, "bob");

            Traffic traffic = proxy.traffic();
            assertThat(isNew).as("2.4: bob's first visit is new").isTrue();
            assertThat(traffic.commands()).as("2.4 must record a visitor and tell whether it is new with one SADD (its answer"
                    + " is the number of members added): a check-then-add (SISMEMBER, then SADD) lets two requests at once both"
                    + " count the same visitor as new: saw %s", traffic).containsOnlyKeys("SADD").containsEntry("SADD", 1L);
        }
    }
}

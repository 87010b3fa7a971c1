package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

@RealServers
@DisplayName("Exercise 2.3: Lists, recently viewed")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the order of the list first: other failures read wrongly without it
class RecentlyViewedTest {

    @Test
    @Order(1)
    void listsTheNewestFirst(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RecentlyViewed recent = new RecentlyViewed(client, Fixtures.freshKeys(redis), 5);

            recent.record("alice", 1);
            recent.record("alice", 2);
            recent.record("alice", 3);

            assertThat(recent.list("alice")).as("2.3 must list the newest first: after viewing 1, 2, 3").containsExactly(3L, 2L, 1L);
        }
    }

    @Test
    void recordsAViewInOneTransaction(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            RecentlyViewed recent = new RecentlyViewed(client, Fixtures.freshKeys(redis), 5);
            recent.record("alice", 1);
            proxy.reset();

            recent.record("alice", 2);

            Traffic traffic = proxy.traffic();
            assertThat(traffic.commandsByConnection()).as("2.3 must record a view in one MULTI ... EXEC transaction (LREM,"
                    + " LPUSH, LTRIM inside), so no reader sees a half-done list: commands by connection %s", traffic.commandsByConnection())
                    .anyMatch(commands -> commands.indexOf("MULTI") >= 0 && commands.indexOf("LPUSH") > commands.indexOf("MULTI")
                            && commands.indexOf("LTRIM") > commands.indexOf("MULTI") && commands.lastIndexOf("EXEC") > commands.indexOf("LTRIM"));
        }
    }

    @Test
    void neverKeepsMoreThanTheLimit(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            RecentlyViewed recent = new RecentlyViewed(client, keys, 5);

            for (long id = 1; id <= 8; id++) {
                recent.record("alice", id);
            }

            assertThat(recent.list("alice")).as("2.3: the last 5 of views 1 to 8, newest first").containsExactly(8L, 7L, 6L, 5L, 4L);
            assertThat(client.llen(keys.recentlyViewed("alice"))).as("2.3 must trim the list in Redis to the limit (LTRIM):"
                    + " its length after 8 views with a limit of 5").isEqualTo(5);
        }
    }

    @Test
    void viewingAProductAgainMovesItToTheFront(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RecentlyViewed recent = new RecentlyViewed(client, Fixtures.freshKeys(redis), 5);

            recent.record("alice", 1);
            recent.record("alice", 2);
            recent.record("alice", 3);
            recent.record("alice", 1);

            assertThat(recent.list("alice")).as("2.3 must move a product seen again to the front (LREM it first), not list"
                    + " it twice: after viewing 1, 2, 3, 1").containsExactly(1L, 3L, 2L);
        }
    }

    @Test
    void eachUserHasTheirOwnList(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RecentlyViewed recent = new RecentlyViewed(client, Fixtures.freshKeys(redis), 5);

            recent.record("alice", 1);
            recent.record("bob", 2);

            assertThat(recent.list("alice")).as("2.3: alice's list").containsExactly(1L);
            assertThat(recent.list("bob")).as("2.3: bob's list").containsExactly(2L);
            assertThat(recent.list("carol")).as("2.3: the list of a user who saw nothing").isEmpty();
        }
    }

    @Test
    void theApiListsWhatAUserLookedAt(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            RecentlyViewed recent = new RecentlyViewed(client, keys, 5);
            recent.record("alice", 7);
            recent.record("alice", 9);
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, keys, Fixtures.database(), Optional.empty())), (server, http) -> {
                var response = http.get("/users/alice/recently-viewed");

                assertThat(response.body().string()).as("GET /users/alice/recently-viewed").isEqualTo("[9,7]");
            });
        }
    }
}

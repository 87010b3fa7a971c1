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
@DisplayName("Exercise 2.3: Lists, recently viewed")
class RecentlyViewedTest {

    @Test
    void listsTheNewestFirst(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RecentlyViewed recent = new RecentlyViewed(client, Fixtures.freshKeys(redis), 5);

            recent.record("alice", 1);
            recent.record("alice", 2);
            recent.record("alice", 3);

            assertThat(recent.list("alice")).containsExactly(3L, 2L, 1L);
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

            assertThat(recent.list("alice")).containsExactly(8L, 7L, 6L, 5L, 4L);
            assertThat(client.llen(keys.recentlyViewed("alice"))).as("the list in Redis").isEqualTo(5);
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

            assertThat(recent.list("alice")).containsExactly(1L, 3L, 2L);
        }
    }

    @Test
    void eachUserHasTheirOwnList(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RecentlyViewed recent = new RecentlyViewed(client, Fixtures.freshKeys(redis), 5);

            recent.record("alice", 1);
            recent.record("bob", 2);

            assertThat(recent.list("alice")).containsExactly(1L);
            assertThat(recent.list("bob")).containsExactly(2L);
            assertThat(recent.list("carol")).isEmpty();
        }
    }

    @Test
    void theApiListsWhatAUserLookedAt(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            RecentlyViewed recent = new RecentlyViewed(client, keys, 5);
            recent.record("alice", 7);
            recent.record("alice", 9);
            JavalinTest.test(CatalogApi.create(Fixtures.parts(client, keys, Fixtures.database(), Optional.empty())), (server, http) -> {
                var response = http.get("/users/alice/recently-viewed");

                assertThat(response.body().string()).as("GET /users/alice/recently-viewed").isEqualTo("[9,7]");
            });
        }
    }
}

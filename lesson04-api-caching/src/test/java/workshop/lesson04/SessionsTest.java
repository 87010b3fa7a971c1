package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

@RealServers
@DisplayName("Exercise 4.5: Sessions in Redis, with a sliding TTL")
class SessionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CacheKeys freshKeys(RedisServer redis) {
        return new CacheKeys(redis.namespace() + "test-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ":");
    }

    @Test
    void aTokenIsRandomOpaqueAndLeadsToItsUser(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            Sessions sessions = new Sessions(client, freshKeys(redis), Duration.ofMinutes(30));

            String first = sessions.create("alice");
            String second = sessions.create("alice");

            assertThat(first).matches("[A-Za-z0-9_-]{43}").doesNotContainIgnoringCase("alice").isNotEqualTo(second);
            assertThat(client.keys(redis.namespace() + "*")).as("what Redis holds: never a usable token")
                    .noneMatch(key -> key.contains(first) || key.contains(second));
            assertThat(sessions.user(first)).contains("alice");
            assertThat(sessions.user(second)).contains("alice");
        }
    }

    @Test
    void usingASessionStartsItsIdleTimeoutAgain(RedisServer redis) {
        CacheKeys keys = freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            Sessions sessions = new Sessions(client, keys, Duration.ofMinutes(30));
            String token = sessions.create("alice");
            String key = client.keys(keys.session("*")).iterator().next();
            assertThat(client.pttl(key)).as("a new session's time to live").isBetween(1L, 30 * 60_000L);
            client.pexpire(key, 5_000); // as if it had been idle for almost 30 minutes

            sessions.user(token);

            assertThat(client.pttl(key)).as("its time to live once used again").isGreaterThan(29 * 60_000L);
        }
    }

    @Test
    void anIdleSessionExpiresAndLogoutEndsOneAtOnce(RedisServer redis) {
        CacheKeys keys = freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            Sessions sessions = new Sessions(client, keys, Duration.ofSeconds(1));
            String idle = sessions.create("alice");

            String idleKey = client.keys(keys.session("*")).iterator().next();
            String leaving = new Sessions(client, keys, Duration.ofMinutes(30)).create("bob");

            // Wait on Redis's own expiry (asking the session itself would keep it alive).
            await().atMost(Duration.ofSeconds(5)).until(() -> !client.exists(idleKey));
            sessions.delete(leaving);

            assertThat(sessions.user(idle)).as("an expired session").isEmpty();
            assertThat(sessions.user(leaving)).as("a session after logout").isEqualTo(Optional.empty());
        }
    }

    @Test
    void theApiLogsInServesTheProfileWithNoStoreAndLogsOut(RedisServer redis) {
        CacheKeys keys = freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            Sessions sessions = new Sessions(client, keys, Duration.ofMinutes(30));
            assertThat(sessions.user("x".repeat(43))).as("a token never issued").isEmpty();
            CatalogApi.Parts parts = CatalogApi.Parts.of(new CachedProducts(new RedisCache(client), keys, Store.database(), Duration.ofSeconds(60)))
                    .withSessions(sessions);
            JavalinTest.test(CatalogApi.create(parts), (server, http) -> {
                var login = http.post("/login", "{\"user\":\"alice\",\"password\":\"wonderland\"}");
                assertThat(login.code()).as("login answered: %s", login.body().string()).isEqualTo(200);
                assertThat(login.headers().get("Cache-Control")).containsExactly("no-store");
                String token = JSON.readTree(login.body().string()).get("token").asText();

                var profile = http.get("/profile", request -> request.header("Authorization", "Bearer " + token));
                assertThat(profile.code()).isEqualTo(200);
                assertThat(profile.headers().get("Cache-Control")).containsExactly("no-store");
                assertThat(profile.body().string()).isEqualTo("{\"user\":\"alice\"}");

                var forged = http.get("/profile", request -> request.header("Authorization", "Bearer " + "A".repeat(43)));
                assertThat(forged.code()).as("a forged token").isEqualTo(401);
                assertThat(http.get("/profile").code()).as("no token").isEqualTo(401);
                assertThat(http.post("/login", "{\"user\":\"alice\",\"password\":\"guess\"}").code()).as("a wrong password").isEqualTo(401);

                assertThat(http.post("/logout", "", request -> request.header("Authorization", "Bearer " + token)).code()).isEqualTo(204);
                assertThat(http.get("/profile", request -> request.header("Authorization", "Bearer " + token)).code())
                        .as("after logout").isEqualTo(401);
            });
        }
    }
}

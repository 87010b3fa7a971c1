package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;
import workshop.support.servers.RedisServer;
import workshop.support.testing.FreshNamespace;
import workshop.support.testing.JsonBody;

@RealServers
@DisplayName("Exercise 4.5: Sessions in Redis, with a sliding TTL")
class SessionsTest {

    private static CacheKeys freshKeys(RedisServer redis) {
        return new CacheKeys(FreshNamespace.inside(redis));
    }

    @Test
    void aTokenIsRandomOpaqueAndLeadsToItsUser(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            Sessions sessions = new Sessions(client, freshKeys(redis), Duration.ofMinutes(30));

            String first = sessions.create("alice");
            String second = sessions.create("alice");

            assertThat(first).as("4.5 must make a token of 32 random bytes in base64url without padding: 43 characters of"
                    + " [A-Za-z0-9_-]; it made").matches("[A-Za-z0-9_-]{43}");
            assertThat(first).as("4.5 must make a token that says nothing about its user").doesNotContainIgnoringCase("alice");
            assertThat(first).as("4.5 must make a new random token for every login: two logins of alice").isNotEqualTo(second);
            assertThat(client.keys(redis.namespace() + "*")).as("4.5 must store a session under the token's SHA-256, never the token"
                    + " itself (whoever reads Redis must not find tokens to use): the keys in Redis")
                    .noneMatch(key -> key.contains(first) || key.contains(second));
            assertThat(sessions.user(first)).as("4.5: the user of the first token").contains("alice");
            assertThat(sessions.user(second)).as("4.5: the user of the second token").contains("alice");
        }
    }

    @Test
    void usingASessionStartsItsIdleTimeoutAgain(RedisServer redis) {
        CacheKeys keys = freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            Sessions sessions = new Sessions(client, keys, Duration.ofMinutes(30));
            String token = sessions.create("alice");
            String key = client.keys(keys.session("*")).iterator().next();
            assertThat(client.pttl(key)).as("4.5 must store a new session with the idle timeout as its TTL, in"
                    + " milliseconds (-1 means none; about 1,800: PX given seconds): its time to live in ms")
                    .isBetween(29 * 60_000L, 30 * 60_000L);
            client.pexpire(key, 5_000); // as if it had been idle for almost 30 minutes

            sessions.user(token);

            assertThat(client.pttl(key)).as("4.5 must restart the idle timeout whenever the session is used (GETEX ... PX):"
                    + " its time to live in ms, once used again").isGreaterThan(29 * 60_000L);
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
            await().alias("4.5 must give a session the Sessions' idle timeout (1 s here); it was still in Redis after 5 s")
                    .atMost(Duration.ofSeconds(5)).until(() -> !client.exists(idleKey));
            sessions.delete(leaving);

            assertThat(sessions.user(idle)).as("4.5: the user of an expired session").isEmpty();
            assertThat(sessions.user(leaving)).as("4.5 must delete the session's key (the token's digest) on logout: the user"
                    + " of a session after logout").isEqualTo(Optional.empty());
        }
    }

    @Test
    void theApiLogsInServesTheProfileWithNoStoreAndLogsOut(RedisServer redis) {
        CacheKeys keys = freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            Sessions sessions = new Sessions(client, keys, Duration.ofMinutes(30));
            assertThat(sessions.user("x".repeat(43))).as("4.5: the user of a token never issued").isEmpty();
            CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(new CachedProducts(new RedisCache(client), keys, Store.database(), Duration.ofSeconds(60)))
                    .withSessions(sessions);
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                var login = http.post("/login", "{\"user\":\"alice\",\"password\":\"wonderland\"}");
                assertThat(login.code()).as("4.5: POST /login must answer 200; it answered: %s", login.body().string()).isEqualTo(200);
                assertThat(login.headers().get("Cache-Control")).as("Cache-Control of POST /login").containsExactly("no-store");
                String token = JsonBody.parse(login.body().string()).get("token").asText();

                var profile = http.get("/profile", request -> request.header("Authorization", "Bearer " + token));
                assertThat(profile.code()).as("4.5: GET /profile with the token from login").isEqualTo(200);
                assertThat(profile.headers().get("Cache-Control")).as("Cache-Control of GET /profile").containsExactly("no-store");
                assertThat(profile.body().string()).as("4.5: GET /profile with alice's token").isEqualTo("{\"user\":\"alice\"}");

                var forged = http.get("/profile", request -> request.header("Authorization", "Bearer " + "A".repeat(43)));
                assertThat(forged.code()).as("a forged token").isEqualTo(401);
                assertThat(http.get("/profile").code()).as("no token").isEqualTo(401);
                assertThat(http.post("/login", "{\"user\":\"alice\",\"password\":\"guess\"}").code()).as("a wrong password").isEqualTo(401);

                assertThat(http.post("/logout", "", request -> request.header("Authorization", "Bearer " + token)).code())
                        .as("POST /logout").isEqualTo(204);
                assertThat(http.get("/profile", request -> request.header("Authorization", "Bearer " + token)).code())
                        .as("4.5 must end the session on logout: GET /profile after logout").isEqualTo(401);
            });
        }
    }

    /** Read, then extend, in two commands: the session can expire between them, and it costs two round trips. One GETEX does both. */
    @Test
    void usingASessionIsOneCommand(RedisServer redis) {
        CacheKeys keys = freshKeys(redis);
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            Sessions sessions = new Sessions(client, keys, Duration.ofMinutes(30));
            String token = sessions.create("alice");
            proxy.reset();

            Optional<String> user = sessions.user(token);

            Traffic traffic = proxy.traffic();
            assertThat(user).as("4.5: the session's user").contains("alice");
            assertThat(traffic.commands()).as("4.5 must read the session and restart its idle timeout in one command (GETEX ... PX):"
                    + " the commands Redis received for one use of a session").isEqualTo(Map.of("GETEX", 1L));
        }
    }
}

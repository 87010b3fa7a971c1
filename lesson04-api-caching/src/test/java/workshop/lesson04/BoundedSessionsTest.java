package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.testing.JsonBody;
import workshop.support.time.MutableClock;

/** Sessions on a real Redis, their absolute lifetime on an injected clock: eight hours pass without a wait. */
@RealServers
@DisplayName("Exercise 4.11: Sessions with an absolute lifetime, rotated at login")
@TestMethodOrder(OrderAnnotation.class)
class BoundedSessionsTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration ABSOLUTE = Duration.ofHours(8);

    private static BoundedSessions sessions(RedisClient client, RedisServer redis, MutableClock clock) {
        return sessions(client, freshKeys(redis), clock);
    }

    private static BoundedSessions sessions(RedisClient client, CacheKeys keys, MutableClock clock) {
        return new BoundedSessions(client, keys, IDLE, ABSOLUTE, clock);
    }

    private static CacheKeys freshKeys(RedisServer redis) {
        return new CacheKeys(redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":");
    }

    @Test
    @Order(1)
    void aSessionInUseStillEndsItsAbsoluteLifetimeAfterLogin(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        try (RedisClient client = redis.newClient()) {
            BoundedSessions sessions = sessions(client, redis, clock);
            String token = sessions.login("alice", Optional.empty());

            for (int minutes = 20; minutes < ABSOLUTE.toMinutes(); minutes += 20) {
                clock.advance(Duration.ofMinutes(20));
                assertThat(sessions.user(token)).as("4.11 must keep a session that is used (every 20 min) until its absolute"
                        + " lifetime: %d min after login", minutes).contains("alice");
            }
            clock.advance(Duration.ofMinutes(20));

            assertThat(sessions.user(token)).as("4.11 must end a session at its absolute lifetime (8 h after login, by the"
                    + " injected clock), however often it was used: the session, 8 h after login").isEmpty();
        }
    }

    @Test
    @Order(2)
    void aLoginRotatesTheTokenAndEndsTheSessionTheClientCameWith(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        try (RedisClient client = redis.newClient()) {
            BoundedSessions sessions = sessions(client, redis, clock);
            String planted = sessions.login("guest", Optional.empty());

            String token = sessions.login("alice", Optional.of(planted));

            assertThat(token).as("4.11 must give a login a new token (rotation), never the one the client came with")
                    .isNotEqualTo(planted).matches("[A-Za-z0-9_-]{43}");
            assertThat(sessions.user(token)).as("4.11: the new session's user").contains("alice");
            assertThat(sessions.user(planted)).as("4.11 must end the session the client came with at login (a planted token"
                    + " must not stay usable: session fixation): that old token, after the login").isEmpty();
        }
    }

    @Test
    @Order(3)
    void aNewLoginStartsANewAbsoluteLifetime(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        try (RedisClient client = redis.newClient()) {
            BoundedSessions sessions = sessions(client, redis, clock);
            String first = sessions.login("alice", Optional.empty());
            clock.advance(ABSOLUTE.minusMinutes(10));

            String second = sessions.login("alice", Optional.of(first));
            clock.advance(Duration.ofMinutes(20));

            assertThat(sessions.user(second)).as("4.11 must count the absolute lifetime from each session's own login: a session"
                    + " logged into 20 min ago, whose previous session began 8 h ago").contains("alice");
        }
    }

    @Test
    @Order(4)
    void aSessionIdlesOutOnTheServerAndEachReadSlidesItsIdleTimeout(RedisServer redis) {
        CacheKeys keys = freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            BoundedSessions sessions = sessions(client, keys, MutableClock.atEpoch());
            String token = sessions.login("alice", Optional.empty());
            // The key's name is the given code's business (a digest of the token): the test finds it by its namespace.
            List<String> stored = client.keys(keys.namespace() + "*").stream().toList();
            assertThat(stored).as("4.11: the keys a login stores, under its namespace").hasSize(1);
            String key = stored.get(0);

            assertThat(client.pttl(key)).as("4.11 must store a session with the idle timeout (30 min) as its TTL, in"
                    + " milliseconds (SET ... PX 1800000), so Redis ends an idle session: PTTL after login (-1: none)")
                    .isBetween(IDLE.minusMinutes(1).toMillis(), IDLE.toMillis());

            client.pexpire(key, 10_000); // as if the session had been idle for all but its last 10 s
            assertThat(sessions.user(token)).as("4.11: the user of a session with 10 s left").contains("alice");

            assertThat(client.pttl(key)).as("4.11 must slide the idle timeout on each read (GETEX ... PX, as in 4.5): PTTL"
                    + " after a read of a session that had 10 s left").isBetween(IDLE.minusMinutes(1).toMillis(), IDLE.toMillis());
        }
    }

    @Test
    @Order(5)
    void throughTheApiALoginRotatesTheTokenAndAnExpiredLifetimeIsA401(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        try (RedisClient client = redis.newClient()) {
            CacheKeys keys = freshKeys(redis);
            CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(new CachedProducts(new RedisCache(client), keys,
                    Store.database(), Duration.ofSeconds(60))).withBoundedSessions(new BoundedSessions(client, keys, IDLE, ABSOLUTE, clock));
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                String credentials = "{\"user\":\"alice\",\"password\":\"wonderland\"}";
                var first = http.post("/login", credentials);
                String firstBody = first.body().string();
                assertThat(first.code()).as("4.11 through the API: POST /login must answer 200; it answered %s", firstBody).isEqualTo(200);
                String planted = JsonBody.parse(firstBody).get("token").asText();

                var second = http.post("/login", credentials, request -> request.header("Authorization", "Bearer " + planted));
                String token = JsonBody.parse(second.body().string()).get("token").asText();
                assertThat(token).as("4.11 through the API: a login that sends a token must get a new one").isNotEqualTo(planted);
                assertThat(http.get("/profile", request -> request.header("Authorization", "Bearer " + planted)).code())
                        .as("4.11 through the API: the token sent with the login must be ended by it: GET /profile with it")
                        .isEqualTo(401);
                assertThat(http.get("/profile", request -> request.header("Authorization", "Bearer " + token)).code())
                        .as("4.11 through the API: GET /profile with the new token").isEqualTo(200);

                clock.advance(ABSOLUTE);
                var expired = http.get("/profile", request -> request.header("Authorization", "Bearer " + token));
                String body = expired.body().string();
                assertThat(expired.code()).as("4.11 through the API: GET /profile 8 h after login (the absolute lifetime);"
                        + " it answered %s", body).isEqualTo(401);
                assertThat(JsonBody.parse(body).get("error").asText()).as("4.11 through the API: the 401's JSON error")
                        .isEqualTo("no such session: log in again");
                assertThat(expired.headers().get("Cache-Control")).as("Cache-Control of the 401").containsExactly("no-store");
            });
        }
    }
}

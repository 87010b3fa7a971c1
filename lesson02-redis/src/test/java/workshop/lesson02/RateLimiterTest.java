package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import static org.assertj.core.api.Assertions.catchThrowable;
import workshop.support.testing.AllAtOnce;
import workshop.support.testing.JsonBody;

@RealServers
@DisplayName("Exercise 2.7: Lua, an atomic rate limiter")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the window's TTL first: a wrong one fails the others by chance, or slowly
class RateLimiterTest {

    @Test
    @Order(1)
    void theFirstRequestStartsTheWindowAndTheOthersLeaveItAlone(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, keys, 3, Duration.ofSeconds(30));

            limiter.tryAcquire("c1");

            assertThat(client.pttl(keys.rateLimit("c1"))).as("2.7 must start the window on the first request with PEXPIRE,"
                    + " in milliseconds: PTTL of the counter after one request in a 30 s window (-1: none; about 30: PEXPIRE"
                    + " given seconds)").isBetween(29_000L, 30_000L);

            client.pexpire(keys.rateLimit("c1"), 10_000); // as if all but the last 10 s of the window had passed
            limiter.tryAcquire("c1");

            assertThat(client.pttl(keys.rateLimit("c1"))).as("2.7 must leave the window's end alone after the first request"
                    + " (PEXPIRE only when the count is 1): renewed on every request, a client that keeps asking is refused"
                    + " for ever. PTTL after a request in the window's last 10 s").isBetween(1L, 10_000L);
        }
    }

    @Test
    void allowsTheLimitThenRefuses(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, Fixtures.freshKeys(redis), 3, Duration.ofSeconds(30));

            assertThat(List.of(limiter.tryAcquire("c1"), limiter.tryAcquire("c1"), limiter.tryAcquire("c1"),
                    limiter.tryAcquire("c1"), limiter.tryAcquire("c1"))).as("2.7 must allow 3 requests then refuse: 5 requests,"
                    + " limit 3").containsExactly(true, true, true, false, false);
            assertThat(limiter.tryAcquire("c2")).as("2.7: another client has its own count").isTrue();
        }
    }

    @Test
    void aNewWindowOpensWhenTheOldOneExpires(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, Fixtures.freshKeys(redis), 1, Duration.ofSeconds(2));
            assertThat(limiter.tryAcquire("c1")).as("2.7: the first request of a window").isTrue();
            assertThat(limiter.tryAcquire("c1")).as("2.7: the second, over a limit of 1").isFalse();

            await().alias("2.7 must start a new window once the old one's 2 s expire (PEXPIRE on the first count)")
                    .atMost(Duration.ofSeconds(5)).until(() -> limiter.tryAcquire("c1"));
        }
    }

    @Test
    void countsExactlyUnderConcurrency(RedisServer redis) throws Exception {
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, Fixtures.freshKeys(redis), 10, Duration.ofSeconds(30));

            List<Boolean> attempts = AllAtOnce.call(50, () -> limiter.tryAcquire("c1"));

            assertThat(attempts.stream().filter(allowed -> allowed).count())
                    .as("2.7 must count atomically: requests allowed out of 50 at once, limit 10").isEqualTo(10);
        }
    }

    @Test
    void sendsTheScriptOnceThenOnlyItsSha(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, Fixtures.freshKeys(redis), 100, Duration.ofSeconds(30));

            for (int i = 0; i < 5; i++) {
                limiter.tryAcquire("c1");
            }

            assertThat(Fixtures.calls(client, "eval")).as("2.7 must not send the whole script each time: EVAL commands for 5"
                    + " requests (load it once, then EVALSHA)").isZero();
            assertThat(Fixtures.calls(client, "evalsha")).as("2.7 must count each request in the Lua script, run by its SHA:"
                    + " EVALSHA commands for 5 requests").isEqualTo(5);
            assertThat(Fixtures.calls(client, "script|load")).as("2.7 must load the script once: SCRIPT LOAD commands for 5 requests").isEqualTo(1);
        }
    }

    @Test
    void keepsWorkingWhenRedisForgetsTheScript(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, Fixtures.freshKeys(redis), 2, Duration.ofSeconds(30));
            assertThat(limiter.tryAcquire("c1")).isTrue();

            client.scriptFlush(); // what a restart or a failover does to the script cache

            Throwable failure = catchThrowable(() -> assertThat(limiter.tryAcquire("c1")).as("the second request, after SCRIPT FLUSH").isTrue());
            assertThat(failure).as("2.7 must load the script again when Redis has forgotten it (NOSCRIPT after a restart,"
                    + " a failover or SCRIPT FLUSH) and retry: the request after SCRIPT FLUSH got %s", failure).isNull();
            assertThat(limiter.tryAcquire("c1")).as("2.7: the third request, over a limit of 2").isFalse();
        }
    }

    @Test
    void withRedisDownTheApiLetsRequestsThroughAndStillAnswers(Servers servers) {
        RedisServer doomed = servers.redis(RedisConfig.defaults());
        try (RedisClient client = doomed.newClient()) {
            Keys keys = Fixtures.freshKeys(doomed);
            RateLimiter limiter = new RateLimiter(client, keys, 1, Duration.ofSeconds(30));
            doomed.kill();
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, keys, Fixtures.database(), Optional.of(limiter))), (server, http) -> {
                for (int i = 0; i < 3; i++) {
                    var response = http.get("/products/42");
                    assertThat(response.code()).as("request %d with Redis down answered: %s", i + 1, response.body().string()).isEqualTo(200);
                    assertThat(response.headers().get("X-Cache")).containsExactly("BYPASS");
                }
            });
        }
    }

    @Test
    void theApiAnswers429WhenAClientGoesOverItsLimit(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, keys, 2, Duration.ofSeconds(30));
            assertThat(limiter.tryAcquire("warm-up")).isTrue();
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, keys, Fixtures.database(), Optional.of(limiter))), (server, http) -> {
                for (int i = 0; i < 2; i++) {
                    var allowed = http.get("/top-sellers?limit=0", request -> request.header("X-Client-Id", "greedy"));
                    assertThat(allowed.code()).as("request %d answered: %s", i + 1, allowed.body().string()).isEqualTo(400);
                }

                var refused = http.get("/top-sellers", request -> request.header("X-Client-Id", "greedy"));

                assertThat(refused.code()).isEqualTo(429);
                assertThat(refused.headers().get("Retry-After")).containsExactly("1");
                assertThat(JsonBody.parse(refused.body().string()).get("error").asText()).startsWith("too many requests from greedy");
            });
        }
    }
}

package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

@RealServers
@DisplayName("Exercise 2.7: Lua, an atomic rate limiter")
class RateLimiterTest {

    @Test
    void allowsTheLimitThenRefuses(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, Fixtures.freshKeys(redis), 3, Duration.ofSeconds(30));

            assertThat(List.of(limiter.tryAcquire("c1"), limiter.tryAcquire("c1"), limiter.tryAcquire("c1"),
                    limiter.tryAcquire("c1"), limiter.tryAcquire("c1"))).containsExactly(true, true, true, false, false);
            assertThat(limiter.tryAcquire("c2")).as("another client").isTrue();
        }
    }

    @Test
    void aNewWindowOpensWhenTheOldOneExpires(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, Fixtures.freshKeys(redis), 1, Duration.ofSeconds(2));
            assertThat(limiter.tryAcquire("c1")).isTrue();
            assertThat(limiter.tryAcquire("c1")).isFalse();

            await().atMost(Duration.ofSeconds(5)).until(() -> limiter.tryAcquire("c1"));
        }
    }

    @Test
    void countsExactlyUnderConcurrency(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, Fixtures.freshKeys(redis), 10, Duration.ofSeconds(30));

            List<CompletableFuture<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                attempts.add(CompletableFuture.supplyAsync(() -> limiter.tryAcquire("c1")));
            }

            assertThat(attempts.stream().map(CompletableFuture::join).filter(allowed -> allowed).count()).isEqualTo(10);
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

            assertThat(Fixtures.calls(client, "evalsha")).as("EVALSHA commands").isEqualTo(5);
            assertThat(Fixtures.calls(client, "eval")).as("EVAL commands (the whole script each time)").isZero();
            assertThat(Fixtures.calls(client, "script|load")).as("SCRIPT LOAD commands").isEqualTo(1);
        }
    }

    @Test
    void keepsWorkingWhenRedisForgetsTheScript(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient client = redis.newClient()) {
            RateLimiter limiter = new RateLimiter(client, Fixtures.freshKeys(redis), 2, Duration.ofSeconds(30));
            assertThat(limiter.tryAcquire("c1")).isTrue();

            client.scriptFlush(); // what a restart or a failover does to the script cache

            assertThat(limiter.tryAcquire("c1")).as("the second request, after SCRIPT FLUSH").isTrue();
            assertThat(limiter.tryAcquire("c1")).as("the third").isFalse();
        }
    }

    @Test
    void withRedisDownTheApiLetsRequestsThroughAndStillAnswers(Servers servers) {
        RedisServer doomed = servers.redis(RedisConfig.defaults());
        try (RedisClient client = doomed.newClient()) {
            Keys keys = Fixtures.freshKeys(doomed);
            RateLimiter limiter = new RateLimiter(client, keys, 1, Duration.ofSeconds(30));
            doomed.kill();
            JavalinTest.test(CatalogApi.create(Fixtures.parts(client, keys, Fixtures.database(), Optional.of(limiter))), (server, http) -> {
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
            JavalinTest.test(CatalogApi.create(Fixtures.parts(client, keys, Fixtures.database(), Optional.of(limiter))), (server, http) -> {
                for (int i = 0; i < 2; i++) {
                    var allowed = http.get("/top-sellers?limit=0", request -> request.header("X-Client-Id", "greedy"));
                    assertThat(allowed.code()).as("request %d answered: %s", i + 1, allowed.body().string()).isEqualTo(400);
                }

                var refused = http.get("/top-sellers", request -> request.header("X-Client-Id", "greedy"));

                assertThat(refused.code()).isEqualTo(429);
                assertThat(refused.headers().get("Retry-After")).containsExactly("1");
                assertThat(Fixtures.json(refused.body().string()).get("error").asText()).startsWith("too many requests from greedy");
            });
        }
    }
}

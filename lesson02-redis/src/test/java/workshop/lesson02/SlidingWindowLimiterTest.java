package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;

import workshop.support.concurrent.ThreadPerTask;
import workshop.support.junit.RealServers;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;
import workshop.support.servers.RedisServer;
import workshop.support.time.MutableClock;

@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 2.11: Sorted sets in Lua, a sliding-window rate limiter")
class SlidingWindowLimiterTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @Test
    @Order(1)
    void allowsTheLimitThenRefusesEvenWithinOneMillisecond(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            SlidingWindowLimiter limiter = new SlidingWindowLimiter(client, Fixtures.freshKeys(redis), 3, ONE_SECOND, MutableClock.atEpoch());

            assertThat(List.of(limiter.tryAcquire("c1"), limiter.tryAcquire("c1"), limiter.tryAcquire("c1"),
                    limiter.tryAcquire("c1"), limiter.tryAcquire("c1"))).as("2.11 must count every request, also several in the"
                    + " same millisecond (each its own member of the sorted set, not one per timestamp): 5 requests at one"
                    + " instant, limit 3").containsExactly(true, true, true, false, false);
            assertThat(limiter.tryAcquire("c2")).as("2.11: another client has its own count").isTrue();
        }
    }

    @Test
    @Order(2)
    void checksAndCountsInOneScriptOnTheServer(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            SlidingWindowLimiter limiter = new SlidingWindowLimiter(client, Fixtures.freshKeys(redis), 3, ONE_SECOND, MutableClock.atEpoch());

            Bursts.admitted(limiter::tryAcquire, "c1", 5);

            Traffic traffic = proxy.traffic();
            assertThat(traffic.commands().keySet()).as("2.11 must check and count in one Lua script, atomically on the server:"
                    + " two requests that read the count from Java at once both see the last free place. The client sent %s",
                    traffic).isSubsetOf(Set.of("EVAL", "EVALSHA", "SCRIPT", "PING", "HELLO", "CLIENT", "AUTH", "SELECT"));
            assertThat(traffic.commands("EVAL") + traffic.commands("EVALSHA")).as("2.11 must run its script once per request: %s",
                    traffic).isEqualTo(5);
        }
    }

    @Test
    @Order(3)
    void letsNoMoreThanTheLimitThroughAcrossAWindowEdge(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        try (RedisClient client = redis.newClient()) {
            SlidingWindowLimiter limiter = new SlidingWindowLimiter(client, Fixtures.freshKeys(redis), 10, ONE_SECOND, clock);

            clock.advance(Duration.ofMillis(990));
            int beforeTheEdge = Bursts.admitted(limiter::tryAcquire, "c1", 10);
            clock.advance(Duration.ofMillis(20));
            int afterTheEdge = Bursts.admitted(limiter::tryAcquire, "c1", 10);

            assertThat(beforeTheEdge).as("2.11: requests let through at 0.990 s, limit 10 per second").isEqualTo(10);
            assertThat(afterTheEdge).as("2.11 must count the requests of the last whole second, wherever it starts: 10 were let"
                    + " through at 0.990 s, so none may pass at 1.010 s (a fixed window lets all 10 through here, 20 in 20 ms)")
                    .isZero();
        }
    }

    @Test
    @Order(4)
    void admitsAgainOnceTheOldRequestsHaveLeftTheWindow(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        try (RedisClient client = redis.newClient()) {
            SlidingWindowLimiter limiter = new SlidingWindowLimiter(client, Fixtures.freshKeys(redis), 10, ONE_SECOND, clock);
            clock.advance(Duration.ofMillis(990));
            Bursts.admitted(limiter::tryAcquire, "c1", 10);

            clock.advance(Duration.ofMillis(1_001));

            assertThat(Bursts.admitted(limiter::tryAcquire, "c1", 10)).as("2.11 must forget requests older than the window"
                    + " (remove them by score, in milliseconds): requests let through at 1.991 s, when the 10 of 0.990 s are"
                    + " 1.001 s old").isEqualTo(10);
        }
    }

    @Test
    @Order(5)
    void aRefusedRequestDoesNotCount(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        try (RedisClient client = redis.newClient()) {
            SlidingWindowLimiter limiter = new SlidingWindowLimiter(client, Fixtures.freshKeys(redis), 2, ONE_SECOND, clock);
            Bursts.admitted(limiter::tryAcquire, "c1", 2);
            clock.advance(Duration.ofMillis(500));
            Bursts.admitted(limiter::tryAcquire, "c1", 3); // refused: the limit is reached

            clock.advance(Duration.ofMillis(501));

            assertThat(limiter.tryAcquire("c1")).as("2.11 must not count refused requests: 2 let through at 0 s, 3 refused at"
                    + " 0.5 s, and at 1.001 s the 2 have left the window, so this one must pass (a client that keeps trying"
                    + " while refused would otherwise never get through)").isTrue();
        }
    }

    @Test
    @Order(6)
    void anIdleClientsKeyGoesAway(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            new SlidingWindowLimiter(client, keys, 3, ONE_SECOND, MutableClock.atEpoch()).tryAcquire("c1");

            assertThat(client.pttl(keys.slidingWindow("c1"))).as("2.11 must give the client's sorted set (keys.slidingWindow)"
                    + " an expiry of the window, renewed with each request, so the key of a client that went away goes away"
                    + " too: PTTL in ms (-1: none, -2: no such key)").isBetween(1L, 1_000L);
        }
    }

    @Test
    @Order(7)
    void countsExactlyUnderConcurrency(RedisServer redis) throws Exception {
        try (RedisClient client = redis.newClient(16)) {
            SlidingWindowLimiter limiter = new SlidingWindowLimiter(client, Fixtures.freshKeys(redis), 10, ONE_SECOND, MutableClock.atEpoch());
            CountDownLatch start = new CountDownLatch(1);

            List<CompletableFuture<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                attempts.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return limiter.tryAcquire("c1");
                }, ThreadPerTask.INSTANCE));
            }
            start.countDown();

            assertThat(attempts.stream().map(CompletableFuture::join).filter(allowed -> allowed).count())
                    .as("2.11 must count atomically: requests let through out of 50 at once, limit 10").isEqualTo(10);
        }
    }
}

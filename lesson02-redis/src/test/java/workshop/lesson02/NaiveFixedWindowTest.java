package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.time.MutableClock;

/**
 * The naive half of 2.11, green in both modes: the given {@link FixedWindowLimiter} breaks the promise that
 * {@code SlidingWindowLimiterTest} holds 2.11 to (at most 10 in any 1-second span), letting 20 through in 20 ms.
 */
@RealServers
class NaiveFixedWindowTest {

    @Test
    void aFixedWindowLetsTwiceItsLimitThroughAroundAnEdge(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        try (RedisClient client = redis.newClient()) {
            FixedWindowLimiter limiter = new FixedWindowLimiter(client, Fixtures.freshKeys(redis), 10, Duration.ofSeconds(1), clock);

            clock.advance(Duration.ofMillis(990));
            int beforeTheEdge = Bursts.admitted(limiter::tryAcquire, "c1", 10);
            clock.advance(Duration.ofMillis(20));
            int afterTheEdge = Bursts.admitted(limiter::tryAcquire, "c1", 10);

            assertThat(beforeTheEdge + afterTheEdge).as("requests let through by a fixed window of 1 s, limit 10: 10 at 0.990 s"
                    + " and 10 at 1.010 s, 20 ms apart").isEqualTo(20);
        }
    }
}

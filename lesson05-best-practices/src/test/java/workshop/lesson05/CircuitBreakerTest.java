package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.lesson05.CircuitBreaker.State;
import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.time.MutableClock;

@RealServers
@DisplayName("Exercise 5.7: A circuit breaker around a cache that fails")
class CircuitBreakerTest {

    private static final Duration OPEN_FOR = Duration.ofSeconds(10);

    @Test
    void opensAfterEnoughFailuresInARowAndProbesOnceTheCooldownIsOver() {
        MutableClock clock = MutableClock.atEpoch();
        CircuitBreaker breaker = new CircuitBreaker(3, OPEN_FOR, clock);

        assertThat(breaker.allowRequest()).isTrue();
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess();
        breaker.recordFailure();
        assertThat(breaker.state()).as("failures must come in a row: 2, a success, then 1").isEqualTo(State.CLOSED);
        breaker.recordFailure();
        assertThat(breaker.state()).as("after 2 failures in a row, of 3").isEqualTo(State.CLOSED);
        breaker.recordFailure();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.allowRequest()).as("open, at once").isFalse();

        clock.advance(OPEN_FOR.minusMillis(1));
        assertThat(breaker.allowRequest()).as("open, 1 ms before the cooldown ends").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.allowRequest()).as("the probe").isTrue();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.allowRequest()).as("a second call while the probe is out").isFalse();

        breaker.recordSuccess();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.allowRequest()).isTrue();
    }

    @Test
    void aFailedProbeOpensItAgainForAnotherCooldown() {
        MutableClock clock = MutableClock.atEpoch();
        CircuitBreaker breaker = new CircuitBreaker(1, OPEN_FOR, clock);
        assertThat(breaker.allowRequest()).isTrue();
        breaker.recordFailure();
        clock.advance(OPEN_FOR);
        assertThat(breaker.allowRequest()).as("the probe").isTrue();

        breaker.recordFailure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        clock.advance(OPEN_FOR.minusMillis(1));
        assertThat(breaker.allowRequest()).as("within the new cooldown").isFalse();
    }

    @Test
    void withRedisKilledEveryRequestIsAnsweredAndRedisIsLeftAloneUntilItIsBack(Servers servers) {
        MutableClock clock = MutableClock.atEpoch();
        RedisServer redis = servers.redis(RedisConfig.defaults());
        AtomicLong originCalls = new AtomicLong();
        PriceSource origin = id -> {
            originCalls.incrementAndGet();
            return Fixtures.instantOrigin().price(id);
        };
        try (RedisClient client = redis.newClient()) {
            BreakerPriceCache cache = new BreakerPriceCache(client, new Keys(""), origin, Duration.ofMinutes(10),
                    new CircuitBreaker(3, OPEN_FOR, clock));
            assertThat(cache.price(1)).isEqualTo(Fixtures.instantOrigin().price(1));

            redis.kill();
            long callsBefore = cache.redisCalls();
            for (int request = 0; request < 200; request++) {
                assertThat(cache.price(1)).as("request %d with Redis down", request).isEqualTo(Fixtures.instantOrigin().price(1));
            }
            assertThat(cache.redisCalls() - callsBefore).as("attempts on the dead Redis, in 200 requests").isEqualTo(3);

            redis.start(); // back, and empty (no persistence)
            clock.advance(OPEN_FOR);
            long originBefore = originCalls.get();
            for (int request = 0; request < 50; request++) {
                cache.price(1);
            }
            assertThat(originCalls.get() - originBefore).as("origin calls in 50 requests once Redis is back").isEqualTo(1);
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;

import workshop.lesson05.CircuitBreaker.State;
import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.time.MutableClock;

@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.7: A circuit breaker around a cache that fails")
class CircuitBreakerTest {

    private static final Duration OPEN_FOR = Duration.ofSeconds(10);

    @Test
    @Order(1)
    void opensAfterEnoughFailuresInARowAndProbesOnceTheCooldownIsOver() {
        MutableClock clock = MutableClock.atEpoch();
        CircuitBreaker breaker = new CircuitBreaker(3, OPEN_FOR, clock);

        assertThat(breaker.allowRequest()).as("5.7: a new breaker is closed and lets a call through").isTrue();
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess();
        breaker.recordFailure();
        assertThat(breaker.state()).as("5.7 counts failures in a row (a success starts again from zero): "
                + "2 failures, a success, 1 failure, of a threshold of 3").isEqualTo(State.CLOSED);
        breaker.recordFailure();
        assertThat(breaker.state()).as("5.7: after 2 failures in a row, of a threshold of 3").isEqualTo(State.CLOSED);
        clock.advance(Duration.ofSeconds(5));
        breaker.recordFailure();
        assertThat(breaker.state()).as("5.7 must open at the third failure in a row").isEqualTo(State.OPEN);
        assertThat(breaker.allowRequest()).as("5.7: open, a call must skip the cache at once").isFalse();

        clock.advance(OPEN_FOR.minusMillis(1));
        assertThat(breaker.allowRequest()).as("5.7: still open 1 ms before the cooldown ends (counted from the failure "
                + "that opened it)").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.allowRequest()).as("5.7 must let one probe through once the cooldown is over").isTrue();
        assertThat(breaker.state()).as("5.7: while the probe is out").isEqualTo(State.HALF_OPEN);
        assertThat(breaker.allowRequest()).as("5.7 lets only one probe through: a second call while it is out").isFalse();

        breaker.recordSuccess();
        assertThat(breaker.state()).as("5.7: after a probe that worked").isEqualTo(State.CLOSED);
        assertThat(breaker.allowRequest()).as("5.7: closed again, calls go through").isTrue();
    }

    @Test
    @Order(2)
    void aFailedProbeOpensItAgainForAnotherCooldown() {
        MutableClock clock = MutableClock.atEpoch();
        CircuitBreaker breaker = new CircuitBreaker(3, OPEN_FOR, clock);
        for (int failure = 0; failure < 3; failure++) {
            assertThat(breaker.allowRequest()).as("5.7: call %d, closed", failure + 1).isTrue();
            breaker.recordFailure();
        }
        clock.advance(OPEN_FOR);
        assertThat(breaker.allowRequest()).as("5.7 must let one probe through once the cooldown is over").isTrue();

        breaker.recordFailure();

        assertThat(breaker.state()).as("5.7 must open again at once when the probe fails (one failure is enough: it "
                + "was the probe)").isEqualTo(State.OPEN);
        clock.advance(OPEN_FOR.minusMillis(1));
        assertThat(breaker.allowRequest()).as("5.7: 1 ms before the new cooldown ends (counted from the failed probe)").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.allowRequest()).as("5.7 must let one probe through once the new cooldown is over").isTrue();
    }

    @Test
    @Order(3)
    void aProbeThatNeverReportsBackIsReplacedAfterAnotherCooldown() {
        MutableClock clock = MutableClock.atEpoch();
        CircuitBreaker breaker = new CircuitBreaker(1, OPEN_FOR, clock);
        assertThat(breaker.allowRequest()).as("5.7: the first call").isTrue();
        breaker.recordFailure();
        clock.advance(OPEN_FOR);
        assertThat(breaker.allowRequest()).as("5.7 must let one probe through once the cooldown is over").isTrue(); // ...whose caller never reports back

        clock.advance(OPEN_FOR.minusMillis(1));
        assertThat(breaker.allowRequest()).as("5.7 lets only one probe through at a time: a call 1 ms before a lost "
                + "probe's own cooldown ends").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.allowRequest()).as("5.7 must not stay half-open for ever: a probe that never reported back "
                + "(its caller died, or threw something unexpected) is replaced by another once openFor has passed").isTrue();
    }

    @Test
    @Order(4)
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
            assertThat(cache.price(1)).as("5.7: a read with Redis up").isEqualTo(Fixtures.instantOrigin().price(1));

            redis.kill();
            long callsBefore = cache.redisCalls();
            for (int request = 0; request < 200; request++) {
                assertThat(cache.price(1)).as("5.7: request %d with Redis down", request).isEqualTo(Fixtures.instantOrigin().price(1));
            }
            assertThat(cache.redisCalls() - callsBefore)
                    .as("5.7: once open, the breaker must keep calls off the dead Redis: attempts on it in 200 requests, "
                            + "with a threshold of 3").isEqualTo(3);

            redis.start(); // back, and empty (no persistence)
            clock.advance(OPEN_FOR);
            long originBefore = originCalls.get();
            for (int request = 0; request < 50; request++) {
                cache.price(1);
            }
            assertThat(originCalls.get() - originBefore)
                    .as("5.7 must let one probe through once the cooldown is over, and close when it works, so that "
                            + "caching resumes: origin calls in 50 requests with Redis back").isEqualTo(1);
        }
    }

    @Test
    @Order(5)
    void aRedisThatRefusesEveryReadOpensTheBreakerAndAFailedProbeOpensItAgain(Servers servers) {
        MutableClock clock = MutableClock.atEpoch();
        RedisServer redis = servers.redis(RedisConfig.defaults()); // one of its own: this test sets a password on it
        AtomicLong originCalls = new AtomicLong();
        PriceSource origin = id -> {
            originCalls.incrementAndGet();
            return Fixtures.instantOrigin().price(id);
        };
        CircuitBreaker breaker = new CircuitBreaker(3, OPEN_FOR, clock);
        try (RedisClient operator = redis.newClient(); RedisClient client = redis.newClient()) {
            // Up, but refusing this client (NOAUTH): as after a restart with a password the app was not given.
            operator.configSet("requirepass", "set-behind-the-apps-back");
            BreakerPriceCache cache = new BreakerPriceCache(client, new Keys(""), origin, Duration.ofMinutes(10), breaker);

            for (int request = 0; request < 3; request++) {
                Throwable refused = catchThrowable(() -> cache.price(1));
                assertThat(refused).as("5.7: request %d, refused by Redis (NOAUTH), must be answered by the origin", request).isNull();
            }
            assertThat(breaker.state()).as("5.7: after 3 reads refused in a row, of a threshold of 3").isEqualTo(State.OPEN);
            clock.advance(OPEN_FOR);
            Throwable probe = catchThrowable(() -> cache.price(1));
            assertThat(probe).as("5.7: the probe, refused by Redis (NOAUTH), must be answered by the origin").isNull();
            assertThat(breaker.state()).as("5.7 must open again at once when the probe fails, in any way").isEqualTo(State.OPEN);

            operator.configSet("requirepass", ""); // healthy again (the operator's connection is still logged in)
            clock.advance(Duration.ofHours(1));
            long originBefore = originCalls.get();
            for (int request = 0; request < 100; request++) {
                cache.price(1);
            }
            assertThat(originCalls.get() - originBefore)
                    .as("5.7 must let one probe through once the cooldown is over, and close when it works: with Redis "
                            + "healthy and an hour later, origin calls in 100 requests").isEqualTo(1);
        }
    }
}

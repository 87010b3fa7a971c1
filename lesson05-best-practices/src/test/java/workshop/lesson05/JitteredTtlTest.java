package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/**
 * A warm-up writes 1,000 prices at once. With one fixed TTL they all expire in the same second (the spike the
 * origin then takes); with jitter, their expiries spread over a window. Expiries are read from Redis itself
 * ({@code PEXPIRETIME}: when each key expires, on the server's clock) and compared with the server's {@code TIME}
 * before and after the writes, so a slow machine cannot make the test fail or pass. The naive half (one fixed TTL:
 * all 1,000 expire together) is {@code NaiveExpiryTest}.
 */
@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.1: TTL with jitter")
class JitteredTtlTest {

    private static final Duration BASE = Duration.ofSeconds(60);

    @Test
    @Order(2)
    void withJitterNoSecondSeesMoreThanFifteenPercentOfTheExpiries(RedisServer redis) {
        JitteredTtl ttl = new JitteredTtl(BASE, 0.10, new SplittableRandom(42));
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ExpiryBatch batch = ExpiryBatch.write(client, keys, ttl::next);

            assertThat(batch.expiries()).as("5.1: every entry must have a TTL (PEXPIRETIME -1 means none)")
                    .allSatisfy(expiry -> assertThat(expiry).isPositive());
            assertThat(batch.earliest() - batch.writeStart()).as("5.1: the shortest TTL of 1,000 drawn with 10%% jitter on "
                    + "60 s must be at least 54 s; ms").isGreaterThanOrEqualTo(54_000L);
            assertThat(batch.latest() - batch.writeEnd()).as("5.1: the longest TTL of 1,000 drawn with 10%% jitter on 60 s "
                    + "must be at most 66 s; ms").isLessThanOrEqualTo(66_000L);
            assertThat(batch.latest() - batch.earliest()).as("5.1 must draw each TTL afresh, evenly over the whole ±10%% "
                    + "window (54 to 66 s), both sides of the base: the 1,000 expiries spread over, ms").isGreaterThanOrEqualTo(10_000L);
            assertThat(batch.busiestSecond()).as("5.1: expiries in the busiest second, of 1,000 (about 83 when spread evenly "
                    + "over 12 s; at most 15%%)").isLessThanOrEqualTo(150);
        }
    }

    @Test
    @Order(1)
    void everyTtlStaysWithinItsSpreadAndCoversIt() {
        JitteredTtl ttl = new JitteredTtl(BASE, 0.10, new SplittableRandom(7));
        List<Duration> drawn = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            drawn.add(ttl.next());
        }

        assertThat(drawn).as("5.1: 10,000 TTLs drawn with 10%% jitter on 60 s must all lie within 54 to 66 s")
                .allSatisfy(each -> assertThat(each).isBetween(Duration.ofSeconds(54), Duration.ofSeconds(66)));
        assertThat(Collections.min(drawn)).as("5.1 must draw each TTL afresh, evenly from base × (1 − spread) to base × "
                + "(1 + spread), both sides of the base: the shortest of 10,000 draws").isLessThan(Duration.ofSeconds(55));
        assertThat(Collections.max(drawn)).as("5.1 must draw each TTL afresh, evenly from base × (1 − spread) to base × "
                + "(1 + spread), both sides of the base: the longest of 10,000 draws").isGreaterThan(Duration.ofSeconds(65));
    }

    @Test
    @Order(3)
    void drawsFromTheRandomGeneratorItIsGiven() {
        // nextDouble() of a generator whose every long is 0 is 0.0; of one whose every long is -1 (all bits set), just under 1.
        RandomGenerator lowest = () -> 0L;
        RandomGenerator highest = () -> -1L;

        assertThat(new JitteredTtl(BASE, 0.10, lowest).next()).as("5.1 must draw from the RandomGenerator it is given (a"
                + " seeded one makes a run repeatable), not from a random source of its own: the TTL when that generator's"
                + " nextDouble() is 0.0").isBetween(Duration.ofMillis(53_999), Duration.ofMillis(54_000));
        assertThat(new JitteredTtl(BASE, 0.10, highest).next()).as("5.1 must draw from the RandomGenerator it is given: the"
                + " TTL when its nextDouble() is just under 1.0").isBetween(Duration.ofMillis(65_999), Duration.ofMillis(66_000));
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.time.MutableClock;

/** XFetch's coin, thrown many times with a seeded generator: its odds are the formula's, and a hot key never expires. */
@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.4: Probabilistic early refresh (XFetch)")
class XFetchTest {

    private static final Instant EXPIRY = Instant.parse("2026-01-01T00:01:00Z");
    private static final Duration DELTA = Duration.ofMillis(100);

    /** The share of 10,000 reads at {@code now} that would recompute, with a recomputation of {@link #DELTA}. */
    private static double shareRefreshing(Instant now) {
        return shareRefreshing(now, DELTA, 1.0);
    }

    /** The share of 10,000 reads at {@code now} that would recompute. */
    private static double shareRefreshing(Instant now, Duration delta, double beta) {
        SplittableRandom random = new SplittableRandom(1);
        int refreshes = 0;
        for (int i = 0; i < 10_000; i++) {
            if (XFetch.shouldRefreshEarly(now, EXPIRY, delta, beta, () -> 1.0 - random.nextDouble())) {
                refreshes++;
            }
        }
        return refreshes / 10_000.0;
    }

    @Test
    @Order(1)
    void farFromTheExpiryAlmostNobodyRecomputes() {
        assertThat(shareRefreshing(EXPIRY.minusSeconds(30))).as("5.4: the share of reads that recompute 30 s before the "
                + "expiry, with a 100 ms recomputation (the odds e^-300: none; recompute when now − delta × beta × "
                + "ln(random) ≥ expiry)").isZero();
    }

    @Test
    @Order(2)
    void theCloserTheExpiryTheLikelierARecompute() {
        // The odds are e^(-gap / (delta * beta)): 50 ms before, with delta 100 ms, e^-0.5 = 60.7% (this seed draws 58.8%);
        // 200 ms before, e^-2 = 13.5% (13.2%).
        assertThat(shareRefreshing(EXPIRY.minusMillis(50))).as("5.4: the share of reads that recompute 50 ms before the "
                + "expiry, with a 100 ms recomputation (the odds e^-0.5 = 61%%)").isBetween(0.57, 0.65);
        assertThat(shareRefreshing(EXPIRY.minusMillis(200))).as("5.4: the share of reads that recompute 200 ms before the "
                + "expiry, with a 100 ms recomputation (the odds e^-2 = 13.5%%)").isBetween(0.11, 0.16);
    }

    @Test
    @Order(4)
    void aLargerBetaRefreshesEarlier() {
        // beta 2 doubles the reach: 50 ms before, with delta 100 ms, e^(-50 / 200) = 77.9% (this seed draws 76.6%).
        assertThat(shareRefreshing(EXPIRY.minusMillis(50), DELTA, 2.0)).as("5.4 must multiply delta by beta: the share of "
                + "reads that recompute 50 ms before the expiry, with a 100 ms recomputation and beta 2 (the odds "
                + "e^-0.25 = 78%%)").isBetween(0.74, 0.81);
    }

    @Test
    @Order(5)
    void aRecomputationUnderAMillisecondStillRefreshesEarly() {
        Duration halfAMillisecond = Duration.ofNanos(500_000);
        // 300 µs before the expiry, with a 500 µs recomputation: e^(-0.6) = 55%; 2 ms before: e^(-4) = 1.8%.
        assertThat(shareRefreshing(EXPIRY.minusNanos(300_000), halfAMillisecond, 1.0)).as("5.4 must not round time to whole "
                + "milliseconds (work in nanoseconds): the share of reads that recompute 300 µs before the expiry, "
                + "with a 500 µs recomputation (the odds e^-0.6 = 55%%)").isBetween(0.50, 0.60);
        assertThat(shareRefreshing(EXPIRY.minusMillis(2), halfAMillisecond, 1.0)).as("5.4 must not round time to whole "
                + "milliseconds (work in nanoseconds): the share of reads that recompute 2 ms before the expiry, with a "
                + "500 µs recomputation (the odds e^-4 = 1.8%%)").isBetween(0.01, 0.03);
    }

    @Test
    @Order(3)
    void atOrAfterTheExpiryEveryoneRecomputes() {
        assertThat(shareRefreshing(EXPIRY)).as("5.4: the share of reads that recompute at the expiry (all: now ≥ expiry)")
                .isEqualTo(1.0);
        assertThat(shareRefreshing(EXPIRY.plusMillis(1))).as("5.4: the share of reads that recompute 1 ms after the expiry")
                .isEqualTo(1.0);
    }

    @Test
    @Order(6)
    void aHotKeyIsRefreshedBeforeItExpiresSoNoReadWaitsOnTheOrigin(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        PriceService origin = Fixtures.instantOrigin();
        SplittableRandom random = new SplittableRandom(2026);
        try (RedisClient client = redis.newClient()) {
            // A recomputation takes 200 ms of the clock's time; the entry lives 60 s.
            XFetchPriceCache cache = new XFetchPriceCache(client, Fixtures.freshKeys(redis), clock, Duration.ofSeconds(60), 1.0,
                    () -> 1.0 - random.nextDouble(), id -> {
                        clock.advance(Duration.ofMillis(200));
                        return origin.price(id);
                    });

            // Two and a half minutes of a hot key: a read every 10 ms.
            for (int read = 0; read < 15_000; read++) {
                assertThat(cache.price(42)).as("5.4: read %d of the hot key", read).isEqualTo(Fixtures.instantOrigin().price(42));
                clock.advance(Duration.ofMillis(10));
            }

            assertThat(cache.expiredReads()).as("5.4 must refresh a hot key before it expires: reads that found the entry "
                    + "expired and waited on the origin, in 150 s of reads every 10 ms").isZero();
            assertThat(cache.earlyRefreshes()).as("5.4: early refreshes in 150 s of a 60 s TTL (one a little before each "
                    + "expiry, not on every read)").isBetween(2L, 4L);
            assertThat(origin.calls()).as("5.4: origin calls (the first load, then one per early refresh)")
                    .isEqualTo(1 + cache.earlyRefreshes());
        }
    }

    @Test
    @Order(7)
    void refreshingInTheBackgroundTheWinnerAnswersAtOnceAndOneRefreshRunsPerKey(RedisServer redis) {
        MutableClock clock = MutableClock.atEpoch();
        PriceService origin = Fixtures.instantOrigin();
        Queue<Runnable> background = new ArrayDeque<>(); // runs only when the test says so
        try (RedisClient client = redis.newClient()) {
            // A recomputation takes 100 ms; a coin that always draws 0.5 refreshes within 100 ms × ln 2 = 69 ms of the expiry.
            XFetchPriceCache cache = new XFetchPriceCache(client, Fixtures.freshKeys(redis), clock, Duration.ofSeconds(60), 1.0,
                    () -> 0.5, id -> {
                        clock.advance(Duration.ofMillis(100));
                        return origin.price(id);
                    }, background::add);
            String oldPrice = cache.price(42);
            origin.change(42, 12_000);
            assertThat(cache.price(42)).as("5.4: a read a minute before the expiry").isEqualTo(oldPrice);
            assertThat(background).as("5.4: refreshes queued a minute before the expiry").isEmpty();

            clock.advance(Duration.ofSeconds(60).minusMillis(1));
            assertThat(cache.price(42)).as("5.4: a read 1 ms before the expiry").isEqualTo(oldPrice);
            assertThat(background).as("5.4: refreshes queued by a read 1 ms before the expiry (a coin of 0.5 with a 100 ms recomputation refreshes within 69 ms)").hasSize(1);
            assertThat(cache.price(42)).as("5.4: a read while the refresh is under way").isEqualTo(oldPrice);
            assertThat(background).as("5.4: refreshes queued after a second read (one per key at a time)").hasSize(1);

            background.remove().run();

            assertThat(cache.price(42)).as("5.4: a read after the refresh").isEqualTo("12000");
            assertThat(cache.expiredReads()).as("5.4: reads that waited on the origin").isZero();
            assertThat(origin.calls()).as("5.4: origin calls").isEqualTo(2);
        }
    }
}

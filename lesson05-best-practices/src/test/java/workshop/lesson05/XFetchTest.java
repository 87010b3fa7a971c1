package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.time.MutableClock;

/** XFetch's coin, thrown many times with a seeded generator: its odds are the formula's, and a hot key never expires. */
@RealServers
@DisplayName("Exercise 5.4: Probabilistic early refresh (XFetch)")
class XFetchTest {

    private static final Instant EXPIRY = Instant.parse("2026-01-01T00:01:00Z");
    private static final Duration DELTA = Duration.ofMillis(100);

    /** The share of 10,000 reads at {@code now} that would recompute. */
    private static double shareRefreshing(Instant now) {
        SplittableRandom random = new SplittableRandom(1);
        int refreshes = 0;
        for (int i = 0; i < 10_000; i++) {
            if (XFetch.shouldRefreshEarly(now, EXPIRY, DELTA, 1.0, () -> 1.0 - random.nextDouble())) {
                refreshes++;
            }
        }
        return refreshes / 10_000.0;
    }

    @Test
    void farFromTheExpiryAlmostNobodyRecomputes() {
        assertThat(shareRefreshing(EXPIRY.minusSeconds(30))).isZero();
    }

    @Test
    void theCloserTheExpiryTheLikelierARecompute() {
        // The odds are e^(-gap / (delta * beta)): 50 ms before, with delta 100 ms, e^-0.5 = 60.7% (this seed draws 58.8%);
        // 200 ms before, e^-2 = 13.5% (13.2%).
        assertThat(shareRefreshing(EXPIRY.minusMillis(50))).isBetween(0.57, 0.65);
        assertThat(shareRefreshing(EXPIRY.minusMillis(200))).isBetween(0.11, 0.16);
    }

    @Test
    void atOrAfterTheExpiryEveryoneRecomputes() {
        assertThat(shareRefreshing(EXPIRY)).isEqualTo(1.0);
        assertThat(shareRefreshing(EXPIRY.plusMillis(1))).isEqualTo(1.0);
    }

    @Test
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
                assertThat(cache.price(42)).isEqualTo(Fixtures.instantOrigin().price(42));
                clock.advance(Duration.ofMillis(10));
            }

            assertThat(cache.expiredReads()).as("reads that found the entry expired and waited").isZero();
            assertThat(cache.earlyRefreshes()).as("early refreshes in 150 s of a 60 s TTL").isBetween(2L, 4L);
            assertThat(origin.calls()).isEqualTo(1 + cache.earlyRefreshes());
        }
    }

    @Test
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
            assertThat(cache.price(42)).as("a minute before the expiry").isEqualTo(oldPrice);
            assertThat(background).as("refreshes queued a minute before the expiry").isEmpty();

            clock.advance(Duration.ofSeconds(60).minusMillis(1));
            assertThat(cache.price(42)).as("1 ms before the expiry").isEqualTo(oldPrice);
            assertThat(background).as("refreshes queued").hasSize(1);
            assertThat(cache.price(42)).as("while the refresh is under way").isEqualTo(oldPrice);
            assertThat(background).as("refreshes queued after a second read").hasSize(1);

            background.remove().run();

            assertThat(cache.price(42)).as("after the refresh").isEqualTo("12000");
            assertThat(cache.expiredReads()).as("reads that waited on the origin").isZero();
            assertThat(origin.calls()).as("origin calls").isEqualTo(2);
        }
    }
}

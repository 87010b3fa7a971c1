package workshop.lesson05;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.9: a two-level cache. A small local cache (Caffeine, in this JVM: no network at all) in front of Redis
 * (shared by every instance) in front of the origin. A write tells every instance to drop its local copy, over Redis
 * pub/sub; a message can be lost, so each local copy also lives at most {@code localTtl}: the longest a local copy
 * outlives a lost message. (The Redis level keeps the stale-set race of exercise 5.8: a refill that read the origin
 * before a write can store the old price in Redis after it; a lease, as in 5.8, closes that too.)
 */
public final class TwoLevelPriceCache implements PriceCache, AutoCloseable {

    /** Local memory is the scarcest of all: only the hottest prices stay in it. */
    static final long LOCAL_MAXIMUM_SIZE = 10_000;

    private final RedisClient redis;
    private final Keys keys;
    private final PriceSource origin;
    private final Duration redisTtl;
    private final Cache<Long, String> local;
    private final InvalidationSubscriber invalidations;

    public TwoLevelPriceCache(RedisClient redis, Keys keys, PriceSource origin, Duration redisTtl, Duration localTtl,
                              Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.origin = origin;
        this.redisTtl = redisTtl;
        this.local = newLocalCache(localTtl, clock);
        this.invalidations = InvalidationSubscriber.start(redis, keys.priceInvalidations(), this::onInvalidation,
                this::onResubscribed);
    }

    /**
     * The local level (a Caffeine cache): at most {@link #LOCAL_MAXIMUM_SIZE} entries, each living {@code localTtl}
     * after it was written however often it is read, timed by the clock given (see {@link #ticker}) so a test can
     * move time. README: "Exercise 5.9".
     */
    static Cache<Long, String> newLocalCache(Duration localTtl, Clock clock) {
        throw Todo.exercise("5.9", "implement TwoLevelPriceCache.newLocalCache(localTtl, clock): a bounded Caffeine "
                + "cache whose entries expire localTtl after they were written, on the clock's time");
    }

    /** The local copy; else Redis's, kept locally; else the origin's, stored in Redis (with redisTtl) and locally. */
    @Override
    public String price(long productId) {
        throw Todo.exercise("5.9", "implement TwoLevelPriceCache.price(id): local, else Redis, else the origin");
    }

    /**
     * After a write to the origin: delete the Redis copy first (so nobody refills a local copy from it), drop this
     * instance's copy (so it reads its own write at once, even when Redis fails), then tell the other instances, on
     * the channel {@code keys.priceInvalidations()}.
     */
    @Override
    public void invalidate(long productId) {
        throw Todo.exercise("5.9", "implement TwoLevelPriceCache.invalidate(id): DEL in Redis, drop the local copy, PUBLISH");
    }

    /** Another instance (or this one) changed a price: forget the local copy. */
    void onInvalidation(long productId) {
        throw Todo.exercise("5.9", "implement TwoLevelPriceCache.onInvalidation(id): drop the local copy");
    }

    /** The subscription dropped and came back: any invalidation of the gap is lost, so forget every local copy. */
    void onResubscribed() {
        throw Todo.exercise("5.9", "implement TwoLevelPriceCache.onResubscribed(): drop every local copy");
    }

    @Override
    public void close() {
        invalidations.close();
    }

    /**
     * Caffeine reads time from a ticker, in nanoseconds. The system clock gets Caffeine's own monotonic ticker (a
     * wall clock can be set back, which would stretch every local TTL); any other clock, a test's, is followed.
     */
    // tag::ticker[]
    static Ticker ticker(Clock clock) {
        if (clock.equals(Clock.systemUTC()) || clock.equals(Clock.systemDefaultZone())) {
            return Ticker.systemTicker();
        }
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
    // end::ticker[]
}

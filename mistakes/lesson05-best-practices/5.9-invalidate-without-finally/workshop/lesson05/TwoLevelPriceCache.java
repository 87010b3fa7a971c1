package workshop.lesson05;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.Caffeine;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

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

    static Cache<Long, String> newLocalCache(Duration localTtl, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(LOCAL_MAXIMUM_SIZE)
                .expireAfterWrite(localTtl) // bounds the stale window when an invalidation is lost
                .ticker(ticker(clock))
                .build();
    }

    /** Local copy, else Redis (and keep a local copy), else the origin (and fill both). */
    @Override
    public String price(long productId) {
        return local.get(productId, this::fromRedisOrOrigin);
    }

    private String fromRedisOrOrigin(long productId) {
        String key = keys.price(productId);
        String cached = redis.get(key);
        if (cached != null) {
            return cached;
        }
        String price = origin.price(productId);
        redis.set(key, price, SetParams.setParams().px(redisTtl.toMillis()));
        return price;
    }

    // tag::invalidate[]
    /**
     * After a write to the origin: delete the shared copy first (so nobody refills a local copy from it), drop ours
     * (so this instance reads its own write at once, even when Redis failed), then tell the others.
     */
    @Override
    public void invalidate(long productId) {
        redis.del(keys.price(productId));
        local.invalidate(productId);
        redis.publish(keys.priceInvalidations(), Long.toString(productId));
    }

    /** Another instance (or this one) changed a price: forget the local copy. */
    void onInvalidation(long productId) {
        local.invalidate(productId);
    }
    // end::invalidate[]

    /** The subscription dropped and came back: any invalidation of the gap is lost, so forget every local copy. */
    void onResubscribed() {
        local.invalidateAll();
    }

    @Override
    public void close() {
        invalidations.close();
    }

    /**
     * Caffeine reads time from a ticker, in nanoseconds. The system clock gets Caffeine's own monotonic ticker (a
     * wall clock can be set back, which would stretch every local TTL); any other clock, a test's, is followed.
     */
    static Ticker ticker(Clock clock) {
        if (clock.equals(Clock.systemUTC()) || clock.equals(Clock.systemDefaultZone())) {
            return Ticker.systemTicker();
        }
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}

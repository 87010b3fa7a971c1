package workshop.lesson05;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.LongFunction;

import redis.clients.jedis.RedisClient;

/**
 * A hot key that never expires under its readers: each entry keeps, next to its value, when it expires and how
 * long it took to compute, and every read asks {@link XFetch} (exercise 5.4) whether to recompute now, a little
 * early. Time comes from a {@link Clock}, so a test can play three minutes of traffic in a second.
 *
 * <p>Redis keeps the entry twice as long as its logical TTL: the early refresh decides freshness, Redis only
 * clears what nobody reads any more.
 */
public final class XFetchPriceCache {

    private final RedisClient redis;
    private final Keys keys;
    private final Clock clock;
    private final Duration ttl;
    private final double beta;
    private final DoubleSupplier random;
    private final LongFunction<String> recompute;
    private final AtomicLong earlyRefreshes = new AtomicLong();
    private final AtomicLong expiredReads = new AtomicLong();

    public XFetchPriceCache(RedisClient redis, Keys keys, Clock clock, Duration ttl, double beta, DoubleSupplier random,
                            LongFunction<String> recompute) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.ttl = ttl;
        this.beta = beta;
        this.random = random;
        this.recompute = recompute;
    }

    public String price(long productId) {
        String key = keys.price(productId);
        Map<String, String> entry = redis.hgetAll(key);
        if (!entry.isEmpty()) {
            Instant now = clock.instant();
            Instant expiry = Instant.ofEpochMilli(Long.parseLong(entry.get("expiry")));
            Duration delta = Duration.ofMillis(Long.parseLong(entry.get("delta")));
            if (!now.isBefore(expiry)) {
                expiredReads.incrementAndGet(); // this request waits on the origin: what XFetch exists to avoid
            } else if (XFetch.shouldRefreshEarly(now, expiry, delta, beta, random)) {
                earlyRefreshes.incrementAndGet();
            } else {
                return entry.get("value");
            }
        }
        Instant begin = clock.instant();
        String value = recompute.apply(productId);
        Instant end = clock.instant();
        redis.hset(key, Map.of("value", value,
                "delta", Long.toString(Duration.between(begin, end).toMillis()),
                "expiry", Long.toString(end.plus(ttl).toEpochMilli())));
        redis.pexpire(key, ttl.multipliedBy(2).toMillis());
        return value;
    }

    /** Reads that recomputed before the expiry (the point). */
    public long earlyRefreshes() {
        return earlyRefreshes.get();
    }

    /** Reads that found their entry expired, and waited for the origin (what a stampede is made of). */
    public long expiredReads() {
        return expiredReads.get();
    }
}

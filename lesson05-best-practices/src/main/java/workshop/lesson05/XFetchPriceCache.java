package workshop.lesson05;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.RedisClient;

/**
 * A hot key that never expires under its readers: each entry keeps, next to its value, when it expires and how
 * long it took to compute, and every read asks {@link XFetch} (exercise 5.4) whether to recompute now, a little
 * early. Time comes from a {@link Clock}, so a test can play three minutes of traffic in a second.
 *
 * <p>Redis keeps the entry twice as long as its logical TTL: the early refresh decides freshness, Redis only
 * clears what nobody reads any more.
 *
 * <p>By default the reader that wins the coin recomputes in its own request, and waits for it. Given an
 * {@link Executor}, it hands the recomputation to it instead (one at a time per key) and answers the value it
 * already has: <em>refresh-ahead</em>, and then no request waits on the origin while the key is hot.
 */
public final class XFetchPriceCache {

    private static final Logger log = LoggerFactory.getLogger(XFetchPriceCache.class);

    private final RedisClient redis;
    private final Keys keys;
    private final Clock clock;
    private final Duration ttl;
    private final double beta;
    private final DoubleSupplier random;
    private final LongFunction<String> recompute;
    private final Executor background;
    private final Set<Long> refreshing = ConcurrentHashMap.newKeySet();
    private final AtomicLong earlyRefreshes = new AtomicLong();
    private final AtomicLong expiredReads = new AtomicLong();

    /** The winner of the coin recomputes in its own request. */
    public XFetchPriceCache(RedisClient redis, Keys keys, Clock clock, Duration ttl, double beta, DoubleSupplier random,
                            LongFunction<String> recompute) {
        this(redis, keys, clock, ttl, beta, random, recompute, null);
    }

    /** The winner of the coin hands the recomputation to {@code background} and answers at once. */
    public XFetchPriceCache(RedisClient redis, Keys keys, Clock clock, Duration ttl, double beta, DoubleSupplier random,
                            LongFunction<String> recompute, Executor background) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.ttl = ttl;
        this.beta = beta;
        this.random = random;
        this.recompute = recompute;
        this.background = background;
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
                if (background == null) {
                    earlyRefreshes.incrementAndGet();
                    return load(productId);
                }
                refreshInBackground(productId);
                return entry.get("value");
            } else {
                return entry.get("value");
            }
        }
        return load(productId);
    }

    private void refreshInBackground(long productId) {
        if (!refreshing.add(productId)) {
            return; // a refresh of this key is already under way
        }
        earlyRefreshes.incrementAndGet();
        try {
            background.execute(() -> {
                try {
                    load(productId);
                } catch (RuntimeException failed) {
                    // The current value stays until its expiry; a later read will try again.
                    log.warn("Background refresh of price {} failed", productId, failed);
                } finally {
                    refreshing.remove(productId);
                }
            });
        } catch (RuntimeException rejected) {
            refreshing.remove(productId); // the executor refused (shut down, or full): a later read tries again
            log.warn("Background refresh of price {} not started", productId, rejected);
        }
    }

    private String load(long productId) {
        String key = keys.price(productId);
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

package workshop.lesson05;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Exercise 5.11: the two-level cache of 5.9, with Redis keeping the local copies honest itself. The reads go through
 * one connection with {@code CLIENT TRACKING} on: Redis remembers which keys it read, and when one changes — a write
 * by anyone, this app or not, an expiry, an eviction — it publishes the key to our {@link TrackingInvalidations}
 * connection ({@code REDIRECT}, the RESP2 way). No {@code PUBLISH} by the writers, no local TTL to bound a lost one.
 */
public final class TrackedPriceCache implements PriceCache, AutoCloseable {

    static final long LOCAL_MAXIMUM_SIZE = 10_000;

    private final RedisClient redis;
    private final Keys keys;
    private final PriceSource origin;
    private final Duration redisTtl;
    private final Cache<String, String> local = Caffeine.newBuilder().maximumSize(LOCAL_MAXIMUM_SIZE).build();
    private final TrackingInvalidations invalidations;
    /** Tracking belongs to a connection: every read whose key must be tracked goes through this one. */
    private final Connection trackedConnection;
    private final Jedis tracked;
    private volatile boolean trusted = true;

    public TrackedPriceCache(RedisClient redis, Keys keys, PriceSource origin, Duration redisTtl) {
        this.redis = redis;
        this.keys = keys;
        this.origin = origin;
        this.redisTtl = redisTtl;
        this.invalidations = TrackingInvalidations.start(redis, this::onInvalidated, this::onLost);
        this.trackedConnection = redis.getPool().getResource();
        this.tracked = new Jedis(trackedConnection);
        tracked.sendCommand(Protocol.Command.CLIENT, "TRACKING", "ON", "REDIRECT", Long.toString(invalidations.clientId()));
    }

    @Override
    public String price(long productId) {
        String key = keys.price(productId);
        if (!trusted) {
            return fromRedisOrOrigin(key, productId); // nobody tells us about changes any more: no local copies
        }
        return local.get(key, ignored -> fromRedisOrOrigin(key, productId));
    }

    private String fromRedisOrOrigin(String key, long productId) {
        String cached;
        synchronized (tracked) { // one connection, one command at a time
            cached = tracked.get(key);
        }
        if (cached != null) {
            return cached;
        }
        String price = origin.price(productId);
        // A write to a key we read: Redis tells us, and the copy we keep now goes at the next message (one more GET).
        redis.set(key, price, SetParams.setParams().px(redisTtl.toMillis()));
        return price;
    }

    /** The DEL is the message: Redis tells every instance that read the key. Our copy goes at once, Redis or not. */
    @Override
    public void invalidate(long productId) {
        String key = keys.price(productId);
        try {
            redis.del(key);
        } finally {
            local.invalidate(key);
        }
    }

    /** Keys that changed, or null: everything did (FLUSHALL, FLUSHDB). */
    void onInvalidated(List<String> changedKeys) {
        if (changedKeys == null) {
            local.invalidateAll();
        } else {
            local.invalidateAll(changedKeys);
        }
    }

    void onLost() {
        trusted = false;
        local.invalidateAll();
    }

    @Override
    public void close() {
        invalidations.close();
        trackedConnection.setBroken(); // with tracking on, it must not go back to the pool
        tracked.close();
    }
}

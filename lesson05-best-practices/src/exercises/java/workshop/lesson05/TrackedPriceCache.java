package workshop.lesson05;

import java.time.Duration;
import java.util.List;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.11: the two-level cache of 5.9, with Redis keeping the local copies honest itself (server-assisted
 * client-side caching). Redis can remember which keys a connection read and, when one changes — a write by anyone,
 * this app or not, an expiry, an eviction — tell it. No {@code PUBLISH} by the writers, no local TTL to bound a lost
 * message. {@link TrackingInvalidations} (given) is the connection Redis tells.
 */
public final class TrackedPriceCache implements PriceCache, AutoCloseable {

    private final RedisClient redis;
    private final Keys keys;
    private final PriceSource origin;
    private final Duration redisTtl;

    /**
     * Starts listening for invalidations, and makes the connection this cache reads through one whose keys Redis
     * tracks, with the invalidations sent to the listener (this workshop's Redis speaks RESP2). README: "Exercise 5.11".
     */
    public TrackedPriceCache(RedisClient redis, Keys keys, PriceSource origin, Duration redisTtl) {
        this.redis = redis;
        this.keys = keys;
        this.origin = origin;
        this.redisTtl = redisTtl;
        throw Todo.exercise("5.11", "make the TrackedPriceCache constructor start the listener and turn tracking on for the connection it reads through");
    }

    /** A local copy, else Redis (read so that Redis tracks the key), else the origin (filling Redis with redisTtl). */
    @Override
    public String price(long productId) {
        throw Todo.exercise("5.11", "make TrackedPriceCache.price(id) answer from a local copy that Redis itself invalidates");
    }

    /** After a write to the origin: every instance's copy must go, this instance's at once even when Redis fails. */
    @Override
    public void invalidate(long productId) {
        throw Todo.exercise("5.11", "make TrackedPriceCache.invalidate(id) remove the price everywhere");
    }

    /** Called by the listener with the keys that changed, or null when every key did (a flush). */
    void onInvalidated(List<String> changedKeys) {
        throw Todo.exercise("5.11", "make TrackedPriceCache.onInvalidated(keys) forget what changed");
    }

    /** Called when the listener's connection dropped: nobody will tell this cache about a change any more. */
    void onLost() {
        throw Todo.exercise("5.11", "make TrackedPriceCache.onLost() stop trusting local copies");
    }

    @Override
    public void close() {
        throw Todo.exercise("5.11", "make TrackedPriceCache.close() stop the listener and give back the tracked connection");
    }
}

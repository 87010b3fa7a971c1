package workshop.lesson05;

import java.time.Duration;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.8: cache-aside whose refill cannot write back a stale price. A reader that misses takes a lease (a
 * {@link RedisLock} on the price's lease key) before it asks the origin; a write deletes the price and the lease
 * together; the reader stores what it loaded only if its lease is still there, in one Lua script. A write that
 * happened during the load deleted the lease, so the old price is answered once and never cached.
 */
public final class LeasedPriceCache implements PriceCache {

    /** Longer than any load should take: a load slower than this is answered but not cached (the safe side). */
    static final Duration LEASE = Duration.ofSeconds(10);

    /** Sets the price only if the lease still holds our token, then ends the lease: compare and set, atomically. */
    static final String SET_IF_LEASED = """
            if redis.call('GET', KEYS[2]) == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              redis.call('DEL', KEYS[2])
              return 1
            end
            return 0
            """;

    private final RedisClient redis;
    private final Keys keys;
    private final PriceSource origin;
    private final Duration ttl;

    public LeasedPriceCache(RedisClient redis, Keys keys, PriceSource origin, Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.origin = origin;
        this.ttl = ttl;
    }

    /**
     * A hit answers from Redis. A miss takes the price's lease (your 5.3 lock) before it loads, and stores what it
     * loaded only if its lease is still there, checked and stored in one step on the server (the script above), with
     * the TTL. Without the lease someone else is refilling: answer the loaded price, store nothing. A load that fails
     * gives its lease back. README: "Exercise 5.8".
     */
    @Override
    public String price(long productId) {
        throw Todo.exercise("5.8", "implement LeasedPriceCache.price(id): lease, load, set only if the lease is ours");
    }

    /** After a write to the origin: delete the price and its lease together, in one command, so a refill in flight cannot land. */
    @Override
    public void invalidate(long productId) {
        throw Todo.exercise("5.8", "implement LeasedPriceCache.invalidate(id): DEL the price and its lease");
    }
}

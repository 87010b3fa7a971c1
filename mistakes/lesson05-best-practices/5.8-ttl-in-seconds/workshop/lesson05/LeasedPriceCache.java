package workshop.lesson05;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import redis.clients.jedis.RedisClient;

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
     * A hit answers from Redis; a miss loads, and stores only under its own lease (else someone else refills). A load
     * that fails gives its lease back.
     */
    @Override
    public String price(long productId) {
        String cached = redis.get(keys.price(productId));
        if (cached != null) {
            return cached;
        }
        RedisLock leases = new RedisLock(redis);
        Optional<String> lease = leases.tryAcquire(keys.priceLease(productId), LEASE);
        String price;
        try {
            price = origin.price(productId);
        } catch (RuntimeException | Error failed) {
            // Give the lease back: kept, it would keep every refill of this price out of the cache for LEASE.
            lease.ifPresent(token -> leases.release(keys.priceLease(productId), token));
            throw failed;
        }
        lease.ifPresent(token -> redis.eval(SET_IF_LEASED,
                List.of(keys.price(productId), keys.priceLease(productId)),
                List.of(token, price, Long.toString(ttl.toSeconds()))));
        return price;
    }

    /** After a write to the origin: delete the price and its lease in one DEL, so a refill in flight cannot land. */
    @Override
    public void invalidate(long productId) {
        redis.del(keys.price(productId), keys.priceLease(productId));
    }
}

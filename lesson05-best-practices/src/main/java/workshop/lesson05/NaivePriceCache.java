package workshop.lesson05;

import java.time.Duration;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Cache-aside done the way everybody first does it — and the wrong half of this lesson's pairs: every request that
 * misses goes to the origin. When a hot key expires under load, they all miss at once: a cache stampede.
 */
public final class NaivePriceCache implements PriceCache {

    private final RedisClient redis;
    private final Keys keys;
    private final PriceSource origin;
    private final Duration ttl;

    public NaivePriceCache(RedisClient redis, Keys keys, PriceSource origin, Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.origin = origin;
        this.ttl = ttl;
    }

    @Override
    public String price(long productId) {
        String cached = redis.get(keys.price(productId));
        if (cached != null) {
            return cached;
        }
        String price = origin.price(productId);
        redis.set(keys.price(productId), price, SetParams.setParams().px(ttl.toMillis()));
        return price;
    }

    /** After a write to the origin: drop the cached price, so the next read loads the new one. */
    @Override
    public void invalidate(long productId) {
        redis.del(keys.price(productId));
    }
}

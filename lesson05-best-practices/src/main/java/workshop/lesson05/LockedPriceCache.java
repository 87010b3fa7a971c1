package workshop.lesson05;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Cache-aside that survives a stampede across app instances: on a miss, only the instance that wins a short lock
 * in Redis ({@link RedisLock}, exercise 5.3) asks the origin; the others wait a little for its answer to appear in
 * the cache. If the winner crashes, its lock expires and another instance takes over. If the winner is merely slow
 * (slower than the lock's 2 s), its lock expires too and a second instance loads: the release stays safe, the
 * origin sees two loads.
 *
 * <p>A deliberate shortcut, labelled: a reader that has waited 4 s gives up waiting and asks the origin itself.
 * When the origin is what is slow, many readers may do that at once; a production cache would rather serve the
 * stale value (see lesson 05's two-level cache) or fail fast.
 */
public final class LockedPriceCache {

    private static final Duration LOCK_TTL = Duration.ofSeconds(2);
    private static final Duration WAIT_STEP = Duration.ofMillis(10);

    private final RedisClient redis;
    private final RedisLock lock;
    private final Keys keys;
    private final PriceSource origin;
    private final Duration ttl;

    public LockedPriceCache(RedisClient redis, Keys keys, PriceSource origin, Duration ttl) {
        this.redis = redis;
        this.lock = new RedisLock(redis);
        this.keys = keys;
        this.origin = origin;
        this.ttl = ttl;
    }

    public String price(long productId) throws InterruptedException {
        long deadline = System.nanoTime() + LOCK_TTL.multipliedBy(2).toNanos();
        while (true) {
            String cached = redis.get(keys.price(productId));
            if (cached != null) {
                return cached;
            }
            Optional<String> token = lock.tryAcquire(keys.priceLock(productId), LOCK_TTL);
            if (token.isPresent()) {
                try {
                    // Won: look once more (the previous winner may have just finished), then load and store.
                    String again = redis.get(keys.price(productId));
                    if (again != null) {
                        return again;
                    }
                    String price = origin.price(productId);
                    redis.set(keys.price(productId), price, SetParams.setParams().px(ttl.toMillis()));
                    return price;
                } finally {
                    lock.release(keys.priceLock(productId), token.get());
                }
            }
            if (System.nanoTime() > deadline) {
                return origin.price(productId); // the winner is far too slow: answer rather than wait for ever
            }
            TimeUnit.NANOSECONDS.sleep(WAIT_STEP.toNanos()); // someone else is loading: give them a moment
        }
    }
}

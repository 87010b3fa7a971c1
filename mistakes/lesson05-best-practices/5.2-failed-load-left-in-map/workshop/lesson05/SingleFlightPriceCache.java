package workshop.lesson05;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Exercise 5.2: a stampede stopped inside one app instance. Threads that miss the same key while it is being
 * loaded wait for that one load instead of starting their own.
 */
public final class SingleFlightPriceCache {

    private final RedisClient redis;
    private final Keys keys;
    private final PriceSource origin;
    private final Duration ttl;
    private final ConcurrentHashMap<Long, CompletableFuture<String>> loading = new ConcurrentHashMap<>();

    public SingleFlightPriceCache(RedisClient redis, Keys keys, PriceSource origin, Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.origin = origin;
        this.ttl = ttl;
    }

    public String price(long productId) {
        String cached = redis.get(keys.price(productId));
        if (cached != null) {
            return cached;
        }
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> theirs = loading.putIfAbsent(productId, mine);
        if (theirs != null) {
            return awaitShared(theirs); // a load is under way: share it, success or failure
        }
        try {
            String again = redis.get(keys.price(productId)); // a load may have finished between our miss and our claim
            String price = again != null ? again : origin.price(productId);
            if (again == null) {
                redis.set(keys.price(productId), price, SetParams.setParams().px(ttl.toMillis()));
            }
            mine.complete(price);
            loading.remove(productId, mine);
            return price;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e); // the waiters see the failure too, and the next read tries again
            throw e;
        }
    }

    private static String awaitShared(CompletableFuture<String> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}

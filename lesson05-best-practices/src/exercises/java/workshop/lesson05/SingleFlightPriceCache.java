package workshop.lesson05;

import java.time.Duration;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.2: a stampede stopped inside one app instance. Threads that miss the same key while it is being
 * loaded wait for that one load instead of starting their own.
 */
public final class SingleFlightPriceCache {

    private final RedisClient redis;
    private final Keys keys;
    private final PriceSource origin;
    private final Duration ttl;

    public SingleFlightPriceCache(RedisClient redis, Keys keys, PriceSource origin, Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.origin = origin;
        this.ttl = ttl;
    }

    /**
     * Cache-aside as in {@link NaivePriceCache}, but one load per key at a time in this JVM: the threads that miss a
     * key while it is being loaded wait for that load and share its outcome, its price or its very exception, instead
     * of sending their own load to the origin. Readers of other keys never wait; a thread that wins the right to load
     * first makes sure no load finished meanwhile; a load once over, failed or not, is forgotten.
     * README: "Exercise 5.2".
     */
    public String price(long productId) {
        throw Todo.exercise("5.2", "implement SingleFlightPriceCache.price(id): one origin call per key, however many threads miss it");
    }
}

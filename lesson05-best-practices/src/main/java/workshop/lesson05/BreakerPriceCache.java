package workshop.lesson05;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Cache-aside behind a {@link CircuitBreaker} (exercise 5.7): while Redis is down, or refuses to read (a failed
 * write is not an outage: the answer is in hand), requests skip it at once and the origin answers; the breaker probes
 * now and then, and when Redis is back, caching resumes by itself. It counts how often it actually talked to Redis, so
 * a test can see the breaker stop the hammering.
 */
public final class BreakerPriceCache {

    private final RedisClient redis;
    private final Keys keys;
    private final PriceSource origin;
    private final Duration ttl;
    private final CircuitBreaker breaker;
    private final AtomicLong redisCalls = new AtomicLong();

    public BreakerPriceCache(RedisClient redis, Keys keys, PriceSource origin, Duration ttl, CircuitBreaker breaker) {
        this.redis = redis;
        this.keys = keys;
        this.origin = origin;
        this.ttl = ttl;
        this.breaker = breaker;
    }

    public String price(long productId) {
        if (!breaker.allowRequest()) {
            return origin.price(productId); // the cache is known to be down: do not even try
        }
        String cached;
        try {
            redisCalls.incrementAndGet();
            cached = redis.get(keys.price(productId));
        } catch (JedisException cacheUnusable) {
            // Down, or up but refusing us (NOAUTH after a restart with a password, say): either way no cache to
            // read. Any failure counts, or a refused probe would leave the breaker half-open.
            breaker.recordFailure();
            return origin.price(productId);
        }
        // Redis answered: it is up, whatever the origin does next (a failing origin must not leave the breaker half-open).
        breaker.recordSuccess();
        if (cached != null) {
            return cached;
        }
        String price = origin.price(productId);
        try {
            redisCalls.incrementAndGet();
            redis.set(keys.price(productId), price, SetParams.setParams().px(ttl.toMillis()));
        } catch (JedisConnectionException cacheDown) {
            breaker.recordFailure(); // served anyway: the answer is in hand
        } catch (JedisException refused) {
            // Redis is up but refused the write (out of memory under noeviction, say): not an outage, keep serving.
        }
        return price;
    }

    /** Commands sent to Redis so far (each attempt counts, whether it worked or not). */
    public long redisCalls() {
        return redisCalls.get();
    }
}

package workshop.lesson02;

import java.util.List;

import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.RedisClient;

/**
 * Exercise 2.3: each user's recently viewed products, newest first, never more than {@code limit}: a Redis list
 * that is pushed at the front and trimmed at the back.
 */
public final class RecentlyViewed {

    private final RedisClient redis;
    private final Keys keys;
    private final int limit;

    public RecentlyViewed(RedisClient redis, Keys keys, int limit) {
        this.redis = redis;
        this.keys = keys;
        this.limit = limit;
    }

    public void record(String user, long productId) {
        String key = keys.recentlyViewed(user);
        String id = Long.toString(productId);
        // One transaction: no reader ever sees the list with the product twice, or longer than the limit.
        redis.lrem(key, 0, id);
        redis.lpush(key, id);
        redis.ltrim(key, 0, limit - 1);
    }

    public List<Long> list(String user) {
        return redis.lrange(keys.recentlyViewed(user), 0, limit - 1).stream().map(Long::valueOf).toList();
    }
}

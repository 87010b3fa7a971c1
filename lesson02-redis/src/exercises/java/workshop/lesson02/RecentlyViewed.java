package workshop.lesson02;

import java.util.List;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

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

    /**
     * LREM the product (seen before? it moves to the front instead of appearing twice), LPUSH it, LTRIM the list to
     * {@code limit} entries. Hint: {@code redis.multi()} runs the three as one transaction; close it
     * (try-with-resources), or its connection never goes back to the client's pool.
     */
    public void record(String user, long productId) {
        throw Todo.exercise("2.3", "implement RecentlyViewed.record(user, productId) with LREM, LPUSH and LTRIM");
    }

    /** LRANGE: newest first. */
    public List<Long> list(String user) {
        throw Todo.exercise("2.3", "implement RecentlyViewed.list(user) with LRANGE");
    }
}

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
     * Puts the product at the front of the user's list (once: a product seen again moves to the front), keeps at most
     * {@code limit} entries in Redis, and does it so that no reader ever sees a half-done list. README: "Exercise 2.3".
     */
    public void record(String user, long productId) {
        throw Todo.exercise("2.3", "make RecentlyViewed.record(user, productId) put the product first in the user's list, once, within the limit, all at once");
    }

    /** The user's list, newest first. */
    public List<Long> list(String user) {
        throw Todo.exercise("2.3", "make RecentlyViewed.list(user) read the user's list, newest first");
    }
}

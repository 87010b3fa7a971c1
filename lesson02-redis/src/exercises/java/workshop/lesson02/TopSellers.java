package workshop.lesson02;

import java.util.List;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.5: a leaderboard of units sold ({@code keys.topSellers()}), kept sorted by Redis as sales come in.
 */
public final class TopSellers {

    /** A product and how many units of it sold. */
    public record Seller(long productId, long unitsSold) {
    }

    private final RedisClient redis;
    private final Keys keys;

    public TopSellers(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** Adds the quantity to the product's units sold, on the server (two tills at once must both count). README: "Exercise 2.5". */
    public void recordSale(long productId, long quantity) {
        throw Todo.exercise("2.5", "make TopSellers.recordSale(productId, quantity) add the units sold, on the server");
    }

    /** The best sellers first. Hint: {@code zrangeWithScores(key, ZRangeParams.zrangeParams(0, count - 1).rev())}. */
    public List<Seller> top(int count) {
        throw Todo.exercise("2.5", "make TopSellers.top(count) read the best sellers, highest first, with their units");
    }
}

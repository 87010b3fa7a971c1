package workshop.lesson02;

import java.util.List;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ZRangeParams;

/**
 * Exercise 2.5: a leaderboard of units sold, kept sorted by Redis as sales come in: {@code ZINCRBY} to count a
 * sale, a reversed range to read the top.
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

    public void recordSale(long productId, long quantity) {
        redis.zincrby(keys.topSellers(), quantity, Long.toString(productId));
    }

    public List<Seller> top(int count) {
        return redis.zrangeWithScores(keys.topSellers(), ZRangeParams.zrangeParams(0, count - 1)).stream()
                .map(entry -> new Seller(Long.parseLong(entry.getElement()), (long) entry.getScore()))
                .toList();
    }
}

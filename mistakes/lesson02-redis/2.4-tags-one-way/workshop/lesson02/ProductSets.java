package workshop.lesson02;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import redis.clients.jedis.RedisClient;

/**
 * Exercise 2.4: sets, for membership and overlap. Tags go both ways (a product's tags, a tag's products), so
 * "products tagged both coffee and kitchen" is one {@code SINTER}; unique visitors are a set whose size is the count.
 */
public final class ProductSets {

    private final RedisClient redis;
    private final Keys keys;

    public ProductSets(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    public void tag(long productId, String... tags) {
        redis.sadd(keys.tagsOf(productId), tags);
    }

    public boolean hasTag(long productId, String tag) {
        return redis.sismember(keys.tagsOf(productId), tag);
    }

    public Set<Long> taggedWithAll(String... tags) {
        String[] sets = Arrays.stream(tags).map(keys::taggedWith).toArray(String[]::new);
        return redis.sinter(sets).stream().map(Long::valueOf).collect(Collectors.toSet());
    }

    /** Records a visit; true when this visitor is new for this product. */
    public boolean recordVisitor(long productId, String visitor) {
        return redis.sadd(keys.visitors(productId), visitor) == 1;
    }

    public long uniqueVisitors(long productId) {
        return redis.scard(keys.visitors(productId));
    }
}

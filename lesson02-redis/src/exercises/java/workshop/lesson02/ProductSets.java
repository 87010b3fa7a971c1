package workshop.lesson02;

import java.util.Set;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.4: sets, for membership and overlap. Tags go both ways (a product's tags in {@code keys.tagsOf(id)}, a
 * tag's products in {@code keys.taggedWith(tag)}), so "tagged both coffee and kitchen" is one SINTER; unique
 * visitors are a set ({@code keys.visitors(id)}) whose size is the count.
 */
public final class ProductSets {

    private final RedisClient redis;
    private final Keys keys;

    public ProductSets(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** SADD the tags to the product's set, and the product to each tag's set. */
    public void tag(long productId, String... tags) {
        throw Todo.exercise("2.4", "implement ProductSets.tag(productId, tags) with SADD, both ways");
    }

    /** SISMEMBER. */
    public boolean hasTag(long productId, String tag) {
        throw Todo.exercise("2.4", "implement ProductSets.hasTag(productId, tag) with SISMEMBER");
    }

    /** SINTER of the tags' sets. */
    public Set<Long> taggedWithAll(String... tags) {
        throw Todo.exercise("2.4", "implement ProductSets.taggedWithAll(tags) with SINTER");
    }

    /** SADD the visitor; true when this visitor is new for this product. */
    public boolean recordVisitor(long productId, String visitor) {
        throw Todo.exercise("2.4", "implement ProductSets.recordVisitor(productId, visitor) with SADD");
    }

    /** SCARD. */
    public long uniqueVisitors(long productId) {
        throw Todo.exercise("2.4", "implement ProductSets.uniqueVisitors(productId) with SCARD");
    }
}

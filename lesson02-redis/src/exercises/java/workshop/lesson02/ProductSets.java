package workshop.lesson02;

import java.util.Set;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.4: sets, for membership and overlap. Tags go both ways (a product's tags in {@code keys.tagsOf(id)}, a
 * tag's products in {@code keys.taggedWith(tag)}), so "tagged both coffee and kitchen" is one question answered
 * by the server; unique visitors are a set ({@code keys.visitors(id)}) whose size is the count. README: "Exercise 2.4".
 */
public final class ProductSets {

    private final RedisClient redis;
    private final Keys keys;

    public ProductSets(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** The tags go into the product's set, and the product into each tag's set. */
    public void tag(long productId, String... tags) {
        throw Todo.exercise("2.4", "make ProductSets.tag(productId, tags) record the tags both ways");
    }

    /** SISMEMBER. */
    public boolean hasTag(long productId, String tag) {
        throw Todo.exercise("2.4", "make ProductSets.hasTag(productId, tag) ask the server whether the product has the tag");
    }

    /** The products carrying every one of the tags, found by the server in one question. */
    public Set<Long> taggedWithAll(String... tags) {
        throw Todo.exercise("2.4", "make ProductSets.taggedWithAll(tags) let the server find the products carrying every tag");
    }

    /** Remembers the visitor; true when this visitor is new for this product. */
    public boolean recordVisitor(long productId, String visitor) {
        throw Todo.exercise("2.4", "make ProductSets.recordVisitor(productId, visitor) remember the visitor, saying whether it is new");
    }

    /** How many different visitors, counted by the server. */
    public long uniqueVisitors(long productId) {
        throw Todo.exercise("2.4", "make ProductSets.uniqueVisitors(productId) let the server count the visitors");
    }
}

package workshop.lesson02;

import java.time.Duration;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;

/**
 * How long a record of views lives. Any client can name a viewer ({@code ?viewer=anyone}), so keys made from viewer
 * names ({@code recently-viewed:<viewer>}, and the viewer inside {@code visitors:<id>}) must not live for ever:
 * without an expiry, a script inventing names would fill Redis with keys nobody ever reads again. Each view pushes
 * both keys' expiry back, so an active viewer and a popular product keep theirs.
 */
public final class ViewRetention {

    private final RedisClient redis;
    private final Keys keys;
    private final Duration timeToLive;

    public ViewRetention(RedisClient redis, Keys keys, Duration timeToLive) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("views must expire after a positive time, was " + timeToLive);
        }
        this.redis = redis;
        this.keys = keys;
        this.timeToLive = timeToLive;
    }

    /** After a view was recorded: both keys it touched expire {@code timeToLive} from now (one round trip). */
    public void refresh(String viewer, long productId) {
        try (AbstractPipeline pipeline = redis.pipelined()) {
            pipeline.pexpire(keys.recentlyViewed(viewer), timeToLive.toMillis());
            pipeline.pexpire(keys.visitors(productId), timeToLive.toMillis());
        }
    }
}

package workshop.lesson02;

import java.time.Clock;
import java.time.Duration;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.11: at most {@code limit} requests per client in any window of {@code window}, not per numbered window.
 * A fixed window (2.7) forgets everything at each edge, so up to twice the limit gets through around one. Here each
 * client keeps its recent requests in Redis, ordered by their time: a request is let in when fewer than {@code limit}
 * are younger than the window.
 */
public final class SlidingWindowLimiter {

    private final RedisClient redis;
    private final Keys keys;
    private final int limit;
    private final Duration window;
    private final Clock clock;

    public SlidingWindowLimiter(RedisClient redis, Keys keys, int limit, Duration window, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /**
     * True when this client made fewer than {@code limit} requests in the last {@code window} (time from the injected
     * clock); then this request counts too, and a refused one does not. Forgetting the old requests, counting and
     * adding must be one atomic step on the server, and the client's key must go away once it is idle.
     * README: "Exercise 2.11".
     */
    public boolean tryAcquire(String client) {
        throw Todo.exercise("2.11", "make SlidingWindowLimiter.tryAcquire(client) count the client's requests of the"
                + " last window, atomically, in Redis");
    }
}

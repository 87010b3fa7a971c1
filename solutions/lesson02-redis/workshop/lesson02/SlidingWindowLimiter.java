package workshop.lesson02;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import redis.clients.jedis.RedisClient;

/**
 * Exercise 2.11: at most {@code limit} requests per client in any window of {@code window}, not per numbered window.
 * A fixed window (2.7) forgets everything at each edge, so up to twice the limit gets through around one. Here each
 * client has a sorted set of its recent requests, scored by their time: a request is let in when fewer than
 * {@code limit} are younger than the window. Dropping the old ones, counting and adding run in one Lua script, so
 * two requests at once cannot both see the last free place.
 */
public final class SlidingWindowLimiter {

    // tag::sliding-script[]
    /** KEYS[1] the client's requests; ARGV: now (ms), window (ms), limit, a member unique to this request. */
    static final String SCRIPT = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
              return 0
            end
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """;
    // end::sliding-script[]

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

    /** True when this client made fewer than {@code limit} requests in the last {@code window}; then this one counts. */
    public boolean tryAcquire(String client) {
        // Each request its own member: two in the same millisecond are two requests, not one.
        String request = UUID.randomUUID().toString();
        Object allowed = redis.eval(SCRIPT, List.of(keys.slidingWindow(client)),
                List.of(Long.toString(clock.millis()), Long.toString(window.toMillis()), Integer.toString(limit), request));
        return (Long) allowed == 1;
    }
}

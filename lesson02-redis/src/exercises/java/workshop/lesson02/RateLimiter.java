package workshop.lesson02;

import java.time.Duration;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.7: at most {@code limit} requests per client per window, counted in Redis so that every instance of
 * the app shares one count. INCR then PEXPIRE as two commands would race (a crash between them leaves a counter
 * that never expires: that client is locked out for good), so both run in one Lua script, which Redis executes
 * atomically.
 */
public final class RateLimiter {

    /** Counts a request; the first request of a window starts the window's clock. Returns the count so far. */
    // tag::lua-script[]
    static final String SCRIPT = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return count
            """;
    // end::lua-script[]

    private final RedisClient redis;
    private final Keys keys;
    private final int limit;
    private final Duration window;

    public RateLimiter(RedisClient redis, Keys keys, int limit, Duration window) {
        this.redis = redis;
        this.keys = keys;
        this.limit = limit;
        this.window = window;
    }

    /**
     * True when this client may make one more request now. The count and the window's expiry happen together, on
     * the server, in the given script; send the script itself once, not with every request, and keep working when
     * Redis has forgotten it (a restart, a failover). README: "Exercise 2.7".
     */
    public boolean tryAcquire(String client) {
        throw Todo.exercise("2.7", "make RateLimiter.tryAcquire(client) count the request atomically in Redis with the given script");
    }
}

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
     * True when this client may make one more request now. Load SCRIPT once ({@code scriptLoad} returns its SHA1),
     * then run it with {@code evalsha(sha, List.of(key), List.of(windowMillis))}. When Redis has forgotten the
     * script (a restart, SCRIPT FLUSH), evalsha throws JedisNoScriptException: load it again and retry.
     */
    public boolean tryAcquire(String client) {
        throw Todo.exercise("2.7", "implement RateLimiter.tryAcquire(client): EVALSHA the script, reloading it on NOSCRIPT");
    }
}

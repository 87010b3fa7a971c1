package workshop.lesson02;

import java.time.Duration;
import java.util.List;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Exercise 2.7: at most {@code limit} requests per client per window, counted in Redis so that every instance of
 * the app shares one count. {@code INCR} then {@code PEXPIRE} as two commands would race (a crash between them
 * leaves a counter that never expires: that client is locked out for good), so both run in one Lua script, which
 * Redis executes atomically.
 */
public final class RateLimiter {

    /** Counts a request; the first request of a window starts the window's clock. Returns the count so far. */
    static final String SCRIPT = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return count
            """;

    private final RedisClient redis;
    private final Keys keys;
    private final int limit;
    private final Duration window;
    private volatile String sha;

    public RateLimiter(RedisClient redis, Keys keys, int limit, Duration window) {
        this.redis = redis;
        this.keys = keys;
        this.limit = limit;
        this.window = window;
    }

    /** True when this client may make one more request now. */
    public boolean tryAcquire(String client) {
        List<String> key = List.of(keys.rateLimit(client));
        List<String> args = List.of(Long.toString(window.toMillis()));
        if (sha == null) {
            sha = redis.scriptLoad(SCRIPT); // sent once; afterwards only its 40-character SHA1 travels
        }
        Object count = redis.evalsha(sha, key, args);
        return (Long) count <= limit;
    }
}

package workshop.lesson02;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import redis.clients.jedis.RedisClient;

/**
 * The fixed window of exercise 2.7, on an injected clock, given as the "before" of exercise 2.11. Windows are
 * numbered from the clock's epoch (second 0–1, 1–2, …), so a test can put requests on both sides of an edge without
 * waiting. The trap it shows: each window forgets the one before, so a client that spends its limit just before an
 * edge may spend it again just after it — up to twice the limit in a few milliseconds.
 */
public final class FixedWindowLimiter {

    /** Counts a request in its window's key; the first count of a window gives the key its expiry. */
    private static final String SCRIPT = """
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
    private final Clock clock;

    public FixedWindowLimiter(RedisClient redis, Keys keys, int limit, Duration window, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** True when this client may make one more request in the current window. */
    public boolean tryAcquire(String client) {
        long windowNumber = clock.millis() / window.toMillis();
        // A deliberate shortcut: EVAL sends the script every time (exercise 2.7 shows the SHA way).
        Object count = redis.eval(SCRIPT, List.of(keys.fixedWindow(client, windowNumber)), List.of(Long.toString(window.toMillis())));
        return (Long) count <= limit;
    }
}

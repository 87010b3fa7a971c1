package workshop.lesson05;

import java.time.Duration;
import java.util.Optional;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.3: a short lock in Redis, to elect one worker among many app instances. {@code SET key token NX PX}
 * takes it only if nobody holds it, and lets it expire if the holder crashes. Releasing checks the token first, in
 * one Lua script: a holder whose lock already expired must not delete the next holder's.
 */
public final class RedisLock {

    /** Deletes the lock only if it still holds our token: compare and delete, atomically. */
    static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """;

    private final RedisClient redis;

    public RedisLock(RedisClient redis) {
        this.redis = redis;
    }

    /**
     * The lock's token when we took it; empty when someone else holds it. The token: 16 random bytes from a
     * SecureRandom, base64url; taken with {@code SET key token NX PX ttl} (Redis answers "OK" or nil).
     */
    public Optional<String> tryAcquire(String key, Duration ttl) {
        throw Todo.exercise("5.3", "implement RedisLock.tryAcquire(key, ttl) with SET NX PX and a random token");
    }

    /** Releases the lock if we still hold it (run RELEASE with {@code redis.eval}); true when it did. */
    public boolean release(String key, String token) {
        throw Todo.exercise("5.3", "implement RedisLock.release(key, token) with the compare-and-delete script");
    }
}

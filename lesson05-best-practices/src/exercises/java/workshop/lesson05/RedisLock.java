package workshop.lesson05;

import java.time.Duration;
import java.util.Optional;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.3: a short lock in Redis, to elect one worker among many app instances. Only one can take it at a time;
 * it expires on its own if its holder crashes; and only its holder can release it: a holder whose lock already
 * expired must not delete the next holder's.
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
     * The lock's token when we took it; empty when someone else holds it. Each lock taken gets a token nobody else
     * can have; taking the lock and giving it its expiry happen in one command, so a holder that crashes at any
     * moment leaves a lock that still expires. README: "Exercise 5.3".
     */
    public Optional<String> tryAcquire(String key, Duration ttl) {
        throw Todo.exercise("5.3", "implement RedisLock.tryAcquire(key, ttl) with SET NX PX and a random token");
    }

    /**
     * Releases the lock if it still holds our token, checked and deleted in one step on the server (a lock that
     * expired and went to another holder must survive our late release); true when it did.
     */
    public boolean release(String key, String token) {
        throw Todo.exercise("5.3", "implement RedisLock.release(key, token) with the compare-and-delete script");
    }
}

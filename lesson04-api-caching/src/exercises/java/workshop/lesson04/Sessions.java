package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 4.5: sessions in Redis. A login gets an opaque random token (it says nothing about the user, and
 * cannot be guessed); the session lives while it is used (a sliding idle timeout); logout deletes it.
 */
public final class Sessions {

    private final RedisClient redis;
    private final CacheKeys keys;
    private final Duration idleTimeout;

    public Sessions(RedisClient redis, CacheKeys keys, Duration idleTimeout) {
        this.redis = redis;
        this.keys = keys;
        this.idleTimeout = idleTimeout;
    }

    /**
     * Starts a session and returns its token: 32 unguessable random bytes, URL-safe (43 characters), saying nothing
     * about the user. The session lives in Redis for the idle timeout, under a key from which nobody who reads Redis
     * (a backup, a dump, a replica) can recover a usable token. README: "Exercise 4.5"; hints: {@code hints/4.5.md}.
     */
    public String create(String user) {
        throw Todo.exercise("4.5", "implement Sessions.create(user): a random opaque token, and the session in Redis, expiring when idle, under a key that is not the token");
    }

    /**
     * The session's user, or empty; and the idle timeout starts again, in the same single step (a session must not
     * expire between the read and the extension). README: "Exercise 4.5"; hints: {@code hints/4.5.md}.
     */
    public Optional<String> user(String token) {
        throw Todo.exercise("4.5", "implement Sessions.user(token): read the session and restart its idle timeout in one command");
    }

    /** Logout: the session is gone at once. */
    public void delete(String token) {
        throw Todo.exercise("4.5", "implement Sessions.delete(token)");
    }
}

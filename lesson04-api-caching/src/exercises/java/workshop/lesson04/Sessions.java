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
     * Starts a session and returns its token: 32 bytes from a {@code java.security.SecureRandom}, encoded with
     * {@code Base64.getUrlEncoder().withoutPadding()} (43 characters). SET the user, with the idle timeout as its
     * TTL, under {@code keys.session(<hex SHA-256 of the token>)}: never under the token itself, so that whoever
     * reads Redis (a backup, a dump, a replica) learns no token they could use.
     */
    public String create(String user) {
        throw Todo.exercise("4.5", "implement Sessions.create(user): a random opaque token, and the session in Redis with a TTL");
    }

    /**
     * The session's user, or empty; and the idle timeout starts again. Hint: GETEX reads and sets the TTL in one
     * command: {@code redis.getEx(key, GetExParams.getExParams().px(millis))}.
     */
    public Optional<String> user(String token) {
        throw Todo.exercise("4.5", "implement Sessions.user(token) with GETEX, so the idle timeout slides");
    }

    /** DEL the session (under the token's digest, as above). */
    public void delete(String token) {
        throw Todo.exercise("4.5", "implement Sessions.delete(token)");
    }
}

package workshop.lesson04;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 4.11: sessions with an end. 4.5's sliding timeout lets a session that is used live for ever, so a stolen
 * token works as long as someone keeps using it; here a session also ends a fixed time after login, however busy.
 * And a login always starts a new session, ending the one the client came with: a token planted on a victim before
 * they log in (session fixation) never becomes theirs.
 */
public final class BoundedSessions {

    private final RedisClient redis;
    private final CacheKeys keys;
    private final Duration idleTimeout;
    private final Duration absoluteLifetime;
    private final Clock clock;

    public BoundedSessions(RedisClient redis, CacheKeys keys, Duration idleTimeout, Duration absoluteLifetime, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.idleTimeout = idleTimeout;
        this.absoluteLifetime = absoluteLifetime;
        this.clock = clock;
    }

    /**
     * Exercise 4.11: logs the user in with a new token (opaque and random, stored as in 4.5, with the idle timeout), and
     * the session the client came with, if any, ends. The session must know when it began. README: "Exercise 4.11";
     * hints: {@code hints/4.11.md}.
     */
    public String login(String user, Optional<String> previousToken) {
        throw Todo.exercise("4.11", "implement BoundedSessions.login(user, previousToken): a new session every login, the old one ended");
    }

    /**
     * Exercise 4.11: the session's user, the idle timeout restarted as in 4.5, until {@code absoluteLifetime} after the
     * login (by the injected clock), however often it is used; from then on, no session. README: "Exercise 4.11"; hints:
     * {@code hints/4.11.md}.
     */
    public Optional<String> user(String token) {
        throw Todo.exercise("4.11", "implement BoundedSessions.user(token): the user while the session is neither idle too long nor past its absolute lifetime");
    }

    /** Ends the session at once (the API's logout). */
    public void logout(String token) {
        redis.del(key(token));
    }

    /** Given: a session is stored under its token's digest, as in 4.5 (a leaked dump holds no usable token). */
    private String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return keys.session(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}

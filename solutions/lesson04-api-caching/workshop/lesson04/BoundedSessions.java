package workshop.lesson04;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.GetExParams;
import redis.clients.jedis.params.SetParams;

/**
 * Exercise 4.11: sessions with an end. 4.5's sliding timeout lets a session that is used live for ever, so a stolen
 * token works as long as someone keeps using it; here a session also ends a fixed time after login, however busy.
 * And a login always starts a new session, ending the one the client came with: a token planted on a victim before
 * they log in (session fixation) never becomes theirs.
 */
public final class BoundedSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** Logs the user in with a new token; the session the client had before (if any) ends. */
    public String login(String user, Optional<String> previousToken) {
        previousToken.ifPresent(token -> redis.del(key(token)));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // The login time goes with the user: the absolute lifetime counts from it, whatever the reads do.
        redis.set(key(token), clock.millis() + ":" + user, SetParams.setParams().px(idleTimeout.toMillis()));
        return token;
    }

    /** The session's user while it is neither idle too long (Redis) nor older than its absolute lifetime (the clock). */
    public Optional<String> user(String token) {
        String stored = redis.getEx(key(token), GetExParams.getExParams().px(idleTimeout.toMillis()));
        if (stored == null) {
            return Optional.empty();
        }
        int colon = stored.indexOf(':');
        Instant loggedIn = Instant.ofEpochMilli(Long.parseLong(stored.substring(0, colon)));
        if (!clock.instant().isBefore(loggedIn.plus(absoluteLifetime))) {
            redis.del(key(token));
            return Optional.empty();
        }
        return Optional.of(stored.substring(colon + 1));
    }

    private String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return keys.session(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Ends the session at once (the API's logout). */
    public void logout(String token) {
        redis.del(key(token));
    }
}

package workshop.lesson04;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Exercise 4.5: sessions in Redis. A login gets an opaque random token (it says nothing about the user, and
 * cannot be guessed); the session lives while it is used (a sliding idle timeout); logout deletes it.
 */
public final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedisClient redis;
    private final CacheKeys keys;
    private final Duration idleTimeout;

    public Sessions(RedisClient redis, CacheKeys keys, Duration idleTimeout) {
        this.redis = redis;
        this.keys = keys;
        this.idleTimeout = idleTimeout;
    }

    /** Starts a session; returns its token: 32 random bytes, base64url without padding (43 characters). */
    public String create(String user) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        redis.set(key(token), user, SetParams.setParams().px(idleTimeout.toMillis()));
        return token;
    }

    /** The session's user, and the idle timeout starts again (GETEX: read and extend in one command). */
    public Optional<String> user(String token) {
        return Optional.ofNullable(redis.get(key(token)));
    }

    public void delete(String token) {
        redis.del(key(token));
    }

    /** Stored under the token's digest: whoever reads Redis (a backup, a dump, a replica) learns no usable token. */
    private String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return keys.session(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}

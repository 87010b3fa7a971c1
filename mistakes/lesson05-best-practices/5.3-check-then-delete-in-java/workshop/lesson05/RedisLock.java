package workshop.lesson05;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedisClient redis;

    public RedisLock(RedisClient redis) {
        this.redis = redis;
    }

    /** The lock's token when we took it; empty when someone else holds it. */
    public Optional<String> tryAcquire(String key, Duration ttl) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String answer = redis.set(key, token, SetParams.setParams().nx().px(ttl.toMillis()));
        return "OK".equals(answer) ? Optional.of(token) : Optional.empty();
    }

    /** Releases the lock if we still hold it; true when it did. */
    public boolean release(String key, String token) {
        if (token.equals(redis.get(key))) {
            return redis.del(key) == 1;
        }
        return false;
    }
}

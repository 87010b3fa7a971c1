package workshop.lesson04;

import java.time.Duration;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 4.8: clients that give up fast. A cache exists to save time: when it is down or hung, a request must
 * learn that within a fraction of its budget and go to the origin, not wait seconds for a timeout.
 */
public final class CacheClients {

    /** How long any cache operation may take before the cache counts as unavailable. */
    public static final Duration TIMEOUT = Duration.ofMillis(200);

    private CacheClients() {
    }

    /**
     * A Jedis client whose connect and socket timeouts are {@link #TIMEOUT}, as is its pool's wait for a free
     * connection ({@code ConnectionPoolConfig.setMaxWait}); name RESP2 ({@code resp2()}) so a dead server costs one
     * connection attempt, not two.
     */
    public static RedisClient redis(String host, int port) {
        throw Todo.exercise("4.8", "implement CacheClients.redis(host, port): connect, socket and pool timeouts of 200 ms");
    }

    /** A spymemcached client with an operation timeout of {@link #TIMEOUT}, FailureMode.Cancel and daemon threads. */
    public static MemcachedClient memcached(String addresses) {
        throw Todo.exercise("4.8", "implement CacheClients.memcached(addresses): a 200 ms timeout and FailureMode.Cancel");
    }
}

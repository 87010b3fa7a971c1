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
     * A Redis client that never waits longer than {@link #TIMEOUT} for anything: to connect, for an answer, or for a
     * free connection from its pool; and that makes one connection attempt per command on a dead server, not two
     * (name the protocol it speaks). README: "Exercise 4.8"; hints: {@code hints/4.8.md}.
     */
    public static RedisClient redis(String host, int port) {
        throw Todo.exercise("4.8", "implement CacheClients.redis(host, port): a client that waits at most 200 ms for a connection, an answer or a pooled connection");
    }

    /**
     * A Memcached client that gives up on an operation after {@link #TIMEOUT}, fails at once for a node it cannot reach,
     * and never keeps the JVM alive. README: "Exercise 4.8"; hints: {@code hints/4.8.md}.
     */
    public static MemcachedClient memcached(String addresses) {
        throw Todo.exercise("4.8", "implement CacheClients.memcached(addresses): a client that gives up within 200 ms and fails at once for a dead node");
    }
}

package workshop.lesson02;

import java.time.Duration;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;

/**
 * Exercise 2.10: writes that wait for replicas. Replication is asynchronous: a read from a replica right after a
 * write to the primary may not see it yet. {@code WAIT n timeout} blocks until n replicas have acknowledged every
 * write of this connection so far (or the timeout passes), and says how many did.
 */
public final class ReplicatedWriter {

    private final RedisClient primary;
    private final int replicas;
    private final Duration timeout;

    public ReplicatedWriter(RedisClient primary, int replicas, Duration timeout) {
        this.primary = primary;
        this.replicas = replicas;
        this.timeout = timeout;
    }

    /** Writes to the primary, then waits for the replicas; returns how many acknowledged the write. */
    public long write(String key, String value) {
        // WAIT counts the writes of its own connection: SET and WAIT must share one, so they go in one pipeline.
        primary.set(key, value);
        return primary.waitReplicas(key, replicas, timeout.toMillis());
    }
}

package workshop.lesson02;

import java.time.Duration;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.10: writes that wait for replicas. Replication is asynchronous: a read from a replica right after a
 * write to the primary may not see it yet. WAIT n timeout blocks until n replicas have acknowledged every write of
 * this connection so far (or the timeout passes), and says how many did.
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

    /**
     * SET on the primary, then WAIT for the replicas; return how many acknowledged. WAIT counts the writes of its
     * own connection, and the client has a pool of them: send both in one {@code primary.pipelined()} (closed with
     * try-with-resources): {@code pipeline.set(...)}, then {@code pipeline.waitReplicas(key, replicas, millis)} (the
     * key only matters in a cluster), {@code pipeline.sync()}, and the Response's {@code get()}. Keep the timeout
     * under the client's 2 s socket timeout, or a slow acknowledgement reads as a broken connection.
     */
    public long write(String key, String value) {
        throw Todo.exercise("2.10", "implement ReplicatedWriter.write(key, value): SET, then WAIT, on one connection");
    }
}

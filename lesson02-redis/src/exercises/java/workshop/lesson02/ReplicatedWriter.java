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
     * Writes to the primary, then waits until the replicas have acknowledged that very write (or the timeout passes),
     * and returns how many did. Mind which writes the wait counts, and that the client holds a pool of connections.
     * Keep the timeout under the client's 2 s socket timeout. README: "Exercise 2.10".
     */
    public long write(String key, String value) {
        throw Todo.exercise("2.10", "make ReplicatedWriter.write(key, value) write, then wait for the replicas to acknowledge that write");
    }
}

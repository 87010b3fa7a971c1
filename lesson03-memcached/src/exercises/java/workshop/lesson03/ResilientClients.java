package workshop.lesson03;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 3.9: a client that gives up fast. spymemcached waits 2.5 s for an answer by default: with Memcached
 * hung, every request would wait that long before falling back to the upstream. A cache that is slower than the
 * thing it protects is worse than none.
 */
public final class ResilientClients {

    /** How long an operation may take before the cache counts as unavailable. */
    public static final long OPERATION_TIMEOUT_MILLIS = 100;

    private ResilientClients() {
    }

    /**
     * A client for these servers ("host:port host:port") that gives up on an operation after
     * {@link #OPERATION_TIMEOUT_MILLIS}, fails at once (no queueing) for a node it cannot reach, and never keeps the
     * JVM alive. README: "Exercise 3.9"; hints: {@code hints/3.9.md}.
     */
    public static MemcachedClient forAddresses(String addresses) {
        throw Todo.exercise("3.9", "implement ResilientClients.forAddresses(addresses): a client that gives up fast, fails at once for a dead node, and never keeps the JVM alive");
    }
}

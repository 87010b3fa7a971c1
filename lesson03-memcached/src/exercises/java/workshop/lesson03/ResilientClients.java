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
     * A client for these servers ("host:port host:port", see {@code AddrUtil.getAddresses}) whose operations time
     * out after {@link #OPERATION_TIMEOUT_MILLIS}, that cancels operations on a node it cannot reach
     * ({@code FailureMode.Cancel}), and whose threads do not keep the JVM alive ({@code setDaemon(true)}).
     */
    public static MemcachedClient forAddresses(String addresses) {
        throw Todo.exercise("3.9", "implement ResilientClients.forAddresses(addresses): a short timeout, FailureMode.Cancel, daemon threads");
    }
}

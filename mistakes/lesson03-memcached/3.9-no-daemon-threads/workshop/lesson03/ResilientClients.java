package workshop.lesson03;

import java.io.IOException;
import java.io.UncheckedIOException;

import net.spy.memcached.AddrUtil;
import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.FailureMode;
import net.spy.memcached.MemcachedClient;

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

    /** A client for these servers ("host:port host:port") that fails in {@value #OPERATION_TIMEOUT_MILLIS} ms at most. */
    public static MemcachedClient forAddresses(String addresses) {
        ConnectionFactoryBuilder connection = new ConnectionFactoryBuilder()
                .setOpTimeout(OPERATION_TIMEOUT_MILLIS)
                // A node that refuses connections: cancel its operations at once instead of queueing them.
                .setFailureMode(FailureMode.Cancel)
;
        try {
            return new MemcachedClient(connection.build(), AddrUtil.getAddresses(addresses));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Memcached client for " + addresses, e);
        }
    }
}

package workshop.support.testing;

import net.spy.memcached.MemcachedClient;

import workshop.support.servers.MemcachedServer;

/**
 * A spymemcached client for try-with-resources: {@code MemcachedClient} has {@code shutdown()}, not {@code close()},
 * so without this every test would need a try/finally of its own to leave no client threads behind.
 */
public record ClosingMemcachedClient(MemcachedClient memcached) implements AutoCloseable {

    /** A new client to the server. */
    public static ClosingMemcachedClient of(MemcachedServer server) {
        return new ClosingMemcachedClient(server.newClient());
    }

    @Override
    public void close() {
        memcached.shutdown();
    }
}

package workshop.support.testing;

import java.util.UUID;

import workshop.support.servers.RealServer;

/** Key prefixes no other test uses: tests that share a server never see each other's data. */
public final class FreshNamespace {

    private FreshNamespace() {
    }

    /**
     * A prefix of this test's own inside the server's namespace, e.g. {@code test-1a2b3c4d:} (the server's namespace
     * is empty on a server the workshop started; on a shared one, its cleanup deletes everything under it).
     */
    public static String inside(RealServer server) {
        return inside(server.namespace());
    }

    /** The same inside any prefix, e.g. {@code ""} for a Redis Cluster the workshop started. */
    public static String inside(String serverNamespace) {
        return serverNamespace + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }
}

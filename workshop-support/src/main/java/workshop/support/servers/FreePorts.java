package workshop.support.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Finds a TCP port on the loopback interface that nobody is listening on right now. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * Asks the kernel for a free port, then lets it go. Another process may take it before our server binds
     * it, which is why {@link LocalProcess} retries a start that fails with "address in use".
     */
    static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    /** A Redis Cluster node also listens on its port + 10,000 (the cluster bus), so its port must be 55,535 or less. */
    static final int HIGHEST_CLUSTER_PORT = 65_535 - 10_000;

    /**
     * A free port for a Redis Cluster node: at most {@link #HIGHEST_CLUSTER_PORT}, with its bus port free too.
     * The kernel's choice first (Linux hands out 32768–60999); where it picks higher (macOS: 49152–65535), a random
     * port from 20,000 up.
     */
    static int nextForClusterNode() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = attempt < 20 ? next() : ThreadLocalRandom.current().nextInt(20_000, HIGHEST_CLUSTER_PORT + 1);
            if (port <= HIGHEST_CLUSTER_PORT && isFree(port) && isFree(port + 10_000)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port pair (p, p + 10000) at or below " + HIGHEST_CLUSTER_PORT + " on 127.0.0.1");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}

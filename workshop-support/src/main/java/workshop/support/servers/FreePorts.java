package workshop.support.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

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
}

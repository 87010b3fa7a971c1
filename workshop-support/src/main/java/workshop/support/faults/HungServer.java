package workshop.support.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A server that accepts connections and reads every byte, but never answers: what a hung Redis or Memcached
 * (swapping, stopped, overloaded) looks like to a client. Only a timeout gets the client out. For fault lessons.
 */
public final class HungServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> accepted = new ArrayList<>();

    public HungServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::swallow, "hung-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** "127.0.0.1:port", where it listens. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** How many connections it has accepted so far: a client that fails fast opens none. */
    public int acceptedConnections() {
        synchronized (accepted) {
            return accepted.size();
        }
    }

    private void swallow() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                synchronized (accepted) {
                    accepted.add(connection);
                }
                Thread reader = new Thread(() -> drain(connection), "hung-server-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void drain(Socket connection) {
        try (InputStream in = connection.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException closed) {
            // the test is over
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (accepted) {
            for (Socket connection : accepted) {
                connection.close();
            }
        }
    }
}

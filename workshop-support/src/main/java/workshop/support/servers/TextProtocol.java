package workshop.support.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A short conversation with a server in its text protocol (Redis's inline commands, Memcached's ASCII protocol),
 * on a connection of its own with bounded connect and read times: a server that hangs costs a timeout, never a
 * stuck start.
 */
final class TextProtocol {

    /** What is said and read on the connection. */
    interface Conversation<T> {
        T talk(Session session) throws IOException;
    }

    /** One open connection: send a line, read a line. */
    static final class Session {

        private final OutputStream out;
        private final BufferedReader in;

        private Session(Socket socket) throws IOException {
            this.out = socket.getOutputStream();
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Sends one command line, ended by CRLF as both protocols want. */
        void send(String command) throws IOException {
            out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** The next line of the reply; null when the server closed the connection. */
        String readLine() throws IOException {
            return in.readLine();
        }
    }

    private TextProtocol() {
    }

    /** Connects within {@code connectTimeout}, waits at most {@code readTimeout} for each read, then closes. */
    static <T> T talk(ServerAddress address, Duration connectTimeout, Duration readTimeout, Conversation<T> conversation)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            return conversation.talk(new Session(socket));
        }
    }
}

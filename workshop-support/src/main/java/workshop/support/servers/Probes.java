package workshop.support.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Asks a server, in its own text protocol, whether it is ready to serve. */
final class Probes {

    private static final int TIMEOUT_MILLIS = 500;

    private Probes() {
    }

    /** Redis is ready when it answers PING; NOAUTH still means it is serving, LOADING means not yet. */
    static boolean redisReady(HostAndPort address) {
        String reply = firstLine(address, "PING\r\n");
        return reply != null && (reply.startsWith("+PONG") || reply.startsWith("-NOAUTH"));
    }

    /** Memcached is ready when it answers "version". */
    static boolean memcachedReady(HostAndPort address) {
        String reply = firstLine(address, "version\r\n");
        return reply != null && reply.startsWith("VERSION");
    }

    private static String firstLine(HostAndPort address, String request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return in.readLine();
        } catch (IOException notListeningYet) {
            return null;
        }
    }
}

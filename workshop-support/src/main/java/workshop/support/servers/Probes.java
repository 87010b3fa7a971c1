package workshop.support.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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

    /**
     * The process id of the Redis that answers here, once it is ready to serve (not still loading its data); empty
     * when nothing answers, or something else does. Lets a server we started tell itself apart from a stranger
     * that took its port first.
     */
    static Optional<Long> redisPid(HostAndPort address, Optional<String> password) {
        try (Socket socket = connect(address)) {
            OutputStream out = socket.getOutputStream();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            if (password.isPresent()) {
                out.write(("AUTH " + password.get() + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (!"+OK".equals(in.readLine())) {
                    return Optional.empty();
                }
            }
            out.write("INFO\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String header = in.readLine(); // $<length>, then the report's lines
            if (header == null || !header.startsWith("$")) {
                return Optional.empty();
            }
            Long pid = null;
            Boolean loading = null;
            // The report is a few hundred lines: read until both fields have been seen.
            for (String line = in.readLine(); line != null && (pid == null || loading == null); line = in.readLine()) {
                if (line.startsWith("process_id:")) {
                    pid = Long.valueOf(line.substring("process_id:".length()).trim());
                } else if (line.startsWith("loading:")) {
                    loading = !line.trim().equals("loading:0");
                }
            }
            return pid != null && Boolean.FALSE.equals(loading) ? Optional.of(pid) : Optional.empty();
        } catch (IOException | NumberFormatException notReady) {
            return Optional.empty();
        }
    }

    /** The process id of the Memcached that answers here; empty when nothing answers, or something else does. */
    static Optional<Long> memcachedPid(HostAndPort address) {
        try (Socket socket = connect(address)) {
            OutputStream out = socket.getOutputStream();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out.write("stats\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (String line = in.readLine(); line != null && line.startsWith("STAT "); line = in.readLine()) {
                if (line.startsWith("STAT pid ")) {
                    return Optional.of(Long.valueOf(line.substring("STAT pid ".length()).trim()));
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException notReady) {
            return Optional.empty();
        }
    }

    private static Socket connect(HostAndPort address) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(address.host(), address.port()), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
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

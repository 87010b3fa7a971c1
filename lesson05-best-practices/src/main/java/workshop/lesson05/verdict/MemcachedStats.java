package workshop.lesson05.verdict;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import workshop.support.servers.MemcachedServer;

/**
 * Memcached's own counters, read with {@code stats} and {@code stats slabs} over a plain socket (bounded: 2 s to
 * connect, 10 s to answer): the numbers the memory and eviction tables are made of.
 */
final class MemcachedStats {

    private MemcachedStats() {
    }

    /** The named counters, from {@code stats} or, for those only it has (total_malloced), {@code stats slabs}. */
    static Map<String, Long> read(MemcachedServer server, String... names) {
        Map<String, String> all = new HashMap<>();
        all.putAll(stats(server, "stats slabs"));
        all.putAll(stats(server, "stats"));
        Map<String, Long> wanted = new HashMap<>();
        for (String name : names) {
            String value = all.get(name);
            if (value == null) {
                throw new IllegalStateException("Memcached's stats have no " + name);
            }
            wanted.put(name, Long.parseLong(value));
        }
        return wanted;
    }

    /** {@code STAT name value} lines until END; per-class lines of {@code stats slabs} keep their "1:" prefix. */
    static Map<String, String> parse(List<String> lines) {
        Map<String, String> stats = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (parts.length == 3 && parts[0].equals("STAT")) {
                stats.put(parts[1], parts[2]);
            }
        }
        return stats;
    }

    private static Map<String, String> stats(MemcachedServer server, String command) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), 2_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            List<String> lines = new java.util.ArrayList<>();
            for (String line = WireProtocol.line(in); !line.equals("END"); line = WireProtocol.line(in)) {
                lines.add(line);
            }
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Memcached's " + command, e);
        }
    }
}

package workshop.lesson05.verdict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.support.servers.Executables;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;

/**
 * Each server's own benchmark tool, on one connection, one request at a time: the floor a Java client could
 * reach on this machine. {@code redis-benchmark} ships with Redis (Debian: redis-tools); Memcached's is
 * {@code memaslap} (Debian's libmemcached-tools names it {@code memcaslap}).
 */
public final class ServerFloor {

    /** One tool's answer: average latency in microseconds, and requests per second. */
    public record Floor(String tool, String operation, int valueSize, double averageMicros, double opsPerSecond, long misses) {
    }

    private static final Pattern MEMASLAP_GLOBAL = Pattern.compile(
            "^Global\\s+\\d+\\s+(\\d+)\\s+(\\d+)\\s+[\\d.]+\\s+(\\d+)\\s+\\d+\\s+\\d+\\s+(\\d+)", Pattern.MULTILINE);

    private ServerFloor() {
    }

    public static Optional<Path> redisBenchmarkOnPath() {
        return Executables.onPath("redis-benchmark");
    }

    public static Optional<Path> memaslapOnPath() {
        return Executables.onPath("memcaslap", "memaslap");
    }

    /**
     * {@code redis-benchmark -c 1 -r 100 -t set,get -d size --csv}: one connection, 100 keys (like the JMH
     * benchmarks' {@link Payloads#KEYS}); the SET rows fill the keys the GET rows read.
     */
    public static List<Floor> redisBenchmark(Path tool, RedisServer server, int valueSize, int requests) {
        if (!server.isOwned()) {
            // It writes the key "key:__rand_int__", outside any namespace: never into someone else's Redis.
            throw new IllegalArgumentException("redis-benchmark runs only on a Redis the workshop started, not on " + server);
        }
        // redis-benchmark has no time limit of its own: a probe of PROBE requests says how fast this machine answers
        // now, and the run is cut to what fits TARGET_SECONDS, well within run()'s two minutes even on a starved machine.
        List<Floor> probe = redisBenchmarkRun(tool, server, valueSize, PROBE);
        double slowestMicros = probe.stream().mapToDouble(Floor::averageMicros).max().orElseThrow();
        return redisBenchmarkRun(tool, server, valueSize, fitting(requests, slowestMicros));
    }

    static final int PROBE = 500;
    static final int TARGET_SECONDS = 30;

    /** The requests asked for, or fewer: as many as fit TARGET_SECONDS for SET and GET each at this latency (≥ PROBE). */
    static int fitting(int requests, double microsPerRequest) {
        long fit = (long) (TARGET_SECONDS * 1_000_000L / (2 * Math.max(microsPerRequest, 1)));
        return (int) Math.max(PROBE, Math.min(requests, fit));
    }

    private static List<Floor> redisBenchmarkRun(Path tool, RedisServer server, int valueSize, int requests) {
        String csv = run(List.of(tool.toString(), "-h", server.host(), "-p", Integer.toString(server.port()),
                "-c", "1", "-r", Integer.toString(Payloads.KEYS), "-n", Integer.toString(requests), "-d", Integer.toString(valueSize), "-t", "set,get", "--csv"));
        List<Floor> floors = new ArrayList<>();
        for (String line : csv.split("\n")) {
            String[] cells = line.replace("\"", "").split(",");
            if (cells.length >= 3 && (cells[0].equals("SET") || cells[0].equals("GET"))) {
                floors.add(new Floor("redis-benchmark", cells[0].toLowerCase(Locale.ROOT), valueSize,
                        Double.parseDouble(cells[2]) * 1_000, Double.parseDouble(cells[1]), 0));
            }
        }
        if (floors.size() != 2) {
            throw new IllegalStateException("redis-benchmark printed no SET and GET rows:\n" + csv);
        }
        return floors;
    }

    /**
     * {@code memaslap -T 1 -c 1}, only gets or only sets, for {@code seconds}, on a fresh Memcached of the workshop's.
     * It first writes its window of keys, then measures: 1,000 keys, its smallest window and the nearest it comes to
     * the JMH benchmarks' 100 (100 MB of 100 KB values, so the server needs room: VerdictRunner gives it 1 GB).
     * Its latency is in whole microseconds.
     */
    public static Floor memaslap(Path tool, MemcachedServer server, String operation, int valueSize, int seconds) {
        if (!server.isOwned()) {
            throw new IllegalArgumentException("memaslap runs only on a Memcached the workshop started, not on " + server);
        }
        String window = "1k"; // it counts in thousands
        Path config;
        try {
            config = Files.createTempFile("memaslap-", ".cfg");
            boolean gets = operation.equals("get");
            Files.writeString(config, "key\n16 16 1\nvalue\n%d %d 1\ncmd\n0 %s\n1 %s\n"
                    .formatted(valueSize, valueSize, gets ? "0.0" : "1.0", gets ? "1.0" : "0.0"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write memaslap's configuration", e);
        }
        try {
            String output = run(List.of(tool.toString(), "-s", server.host() + ":" + server.port(), "-T", "1", "-c", "1",
                    "-t", seconds + "s", "-S", seconds + "s", "-w", window, "-F", config.toString()));
            String heading = operation.equals("get") ? "Get Statistics" : "Set Statistics";
            int table = output.indexOf(heading + "\n");
            Matcher global = MEMASLAP_GLOBAL.matcher(output);
            if (table < 0 || !global.find(table)) {
                throw new IllegalStateException("memaslap printed no " + heading + " table:\n" + output);
            }
            return new Floor("memaslap", operation, valueSize, Double.parseDouble(global.group(4)),
                    Double.parseDouble(global.group(2)), Long.parseLong(global.group(3)));
        } finally {
            config.toFile().delete();
        }
    }

    private static String run(List<String> command) {
        try {
            Path output = Files.createTempFile("floor-", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Took over two minutes: " + String.join(" ", command));
                }
                String text = Files.readString(output, StandardCharsets.UTF_8).replace("\r", "\n");
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("Exit code " + process.exitValue() + " from " + String.join(" ", command) + ":\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }
}

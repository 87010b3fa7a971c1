package workshop.lesson05.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import workshop.support.bench.BenchmarkRunner;
import workshop.support.bench.Machine;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * Where one request's time goes, on each server: requests of 100 B through the raw-socket client (the same Java code
 * for both servers), one at a time, with the kernel's own accounting per thread ({@code schedstat}: time on a core,
 * and time ready to run but waiting for one) for every thread of the server process and for the client thread.
 *
 * <p>It answers the skeptic's question about a gap between the servers — is it their work per request, or waiting
 * for a core? — with counters instead of a guess, and asks it for each placement of the server: on a core of its own
 * (the verdict's pinning), on the client's core, or free to run on either.
 *
 * <p>Run on its own: {@code java -cp ... workshop.lesson05.verdict.ServerCost quick|full <output-dir>}; the
 * {@link VerdictRunner} runs it as one of its steps.
 */
public final class ServerCost {

    /** Where the server may run; the client (this JVM) stays on {@link CorePinning#LOAD_GENERATOR_CORE}. */
    enum Placement {
        OWN_CORE("a core of its own (the verdict's pinning)", Integer.toString(CorePinning.SERVER_CORE)),
        CLIENT_CORE("the client's core", Integer.toString(CorePinning.LOAD_GENERATOR_CORE)),
        EITHER_CORE("either core (not pinned)", CorePinning.LOAD_GENERATOR_CORE + "," + CorePinning.SERVER_CORE);

        private final String label;
        private final String cores;

        Placement(String label, String cores) {
            this.label = label;
            this.cores = cores;
        }

        String label() {
            return label;
        }
    }

    /** What the kernel counted for a thread or a process: nanoseconds on a core, nanoseconds runnable but waiting. */
    record Accounting(long onCpuNanos, long waitingNanos) {

        /** From a {@code schedstat} line: {@code <on-cpu ns> <waiting ns> <timeslices>}. */
        static Accounting parse(String line) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 2) {
                throw new IllegalArgumentException("Not a schedstat line: " + line);
            }
            return new Accounting(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
        }

        Accounting plus(Accounting other) {
            return new Accounting(onCpuNanos + other.onCpuNanos, waitingNanos + other.waitingNanos);
        }

        Accounting minus(Accounting earlier) {
            return new Accounting(onCpuNanos - earlier.onCpuNanos, waitingNanos - earlier.waitingNanos);
        }
    }

    /**
     * One measurement, per request in µs: the time it took (elapsed over all requests ÷ requests), the server's time
     * on a core and waiting for one, the client thread's likewise. What is left over can be negative: the sides
     * overlap (the server is still on its core after its answer has made the client runnable).
     */
    record Cost(String server, String operation, Placement placement, int requests, int warmUp, double elapsed,
                double serverOnCpu, double serverWaiting, double clientOnCpu, double clientWaiting) {

        double leftOver() {
            return elapsed - serverOnCpu - serverWaiting - clientOnCpu - clientWaiting;
        }
    }

    static final List<String> SERVERS = List.of("Redis", "Memcached");
    static final List<String> OPERATIONS = List.of("get", "set");
    static final int VALUE_SIZE = 100;

    private static final Path THIS_THREAD = Path.of("/proc/thread-self/schedstat");

    private ServerCost() {
    }

    /**
     * The two servers back to back, Redis first in even rounds and Memcached first in odd ones: the machine's load
     * drifts, and the two must meet the same load.
     */
    static List<String> servers(int round) {
        return round % 2 == 0 ? SERVERS : List.of(SERVERS.get(1), SERVERS.get(0));
    }

    /** Requests counted per measurement. */
    static int requests(BenchmarkRunner.Mode mode) {
        return mode == BenchmarkRunner.Mode.FULL ? 50_000 : 5_000;
    }

    /**
     * Requests before counting, so that the client's JIT has compiled its path; fewer in the quick run, which a busy
     * machine can slow to a millisecond per request.
     */
    static int warmUp(BenchmarkRunner.Mode mode) {
        return mode == BenchmarkRunner.Mode.FULL ? 10_000 : 2_000;
    }

    /** The placements this machine can make: all three with two cores and taskset, else only "either core". */
    static List<Placement> placements() {
        return CorePinning.available() ? List.of(Placement.values()) : List.of(Placement.EITHER_CORE);
    }

    /** Whether the kernel exposes per-thread schedstat (Linux with scheduler statistics). */
    static boolean available() {
        return Files.isReadable(THIS_THREAD);
    }

    /** A fresh server of this kind, placed so, and {@code requests} of this operation through the raw-socket client. */
    static Cost measure(String server, String operation, Placement placement, int requests, int warmUp) {
        try (Servers servers = new Servers()) {
            RawSocketStore client;
            if (server.equals("Redis")) {
                RedisServer redis = servers.redis(RedisConfig.defaults());
                client = new RawSocketStore(WireProtocol.RESP, redis.address(), redis.namespace());
            } else {
                MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(1024));
                client = new RawSocketStore(WireProtocol.MEMCACHED_TEXT, memcached.address(), memcached.namespace());
            }
            try (client) {
                List<ProcessHandle> started = CorePinning.servers().toList();
                if (started.size() != 1) {
                    throw new IllegalStateException("Expected the one server this measurement started, found " + started.size());
                }
                long pid = started.get(0).pid();
                if (CorePinning.available() && CorePinning.pinServers(placement.cores) != 1) {
                    throw new IllegalStateException("Could not place " + server + " on " + placement.label());
                }
                byte[] value = Payloads.value(VALUE_SIZE);
                for (int i = 0; i < Payloads.KEYS; i++) {
                    client.set(Payloads.key(i), value);
                }
                run(client, operation, value, warmUp);
                Accounting serverBefore = ofProcess(pid);
                Accounting clientBefore = ofThisThread();
                long start = System.nanoTime();
                run(client, operation, value, requests);
                double elapsed = System.nanoTime() - start;
                Accounting clientUsed = ofThisThread().minus(clientBefore);
                Accounting serverUsed = ofProcess(pid).minus(serverBefore);
                double perRequest = 1_000.0 * requests; // ns in all → µs per request
                return new Cost(server, operation, placement, requests, warmUp, elapsed / perRequest,
                        serverUsed.onCpuNanos() / perRequest, serverUsed.waitingNanos() / perRequest,
                        clientUsed.onCpuNanos() / perRequest, clientUsed.waitingNanos() / perRequest);
            }
        }
    }

    private static void run(RawSocketStore client, String operation, byte[] value, int requests) {
        for (int i = 0; i < requests; i++) {
            String key = Payloads.key(i % Payloads.KEYS);
            if (operation.equals("get")) {
                if (client.get(key) == null) {
                    throw new IllegalStateException("GET " + key + " found nothing: the server lost a key it was given");
                }
            } else {
                client.set(key, value);
            }
        }
    }

    /** Every thread of the process, summed: a server's helper threads count too. */
    static Accounting ofProcess(long pid) {
        Accounting sum = new Accounting(0, 0);
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    sum = sum.plus(Accounting.parse(Files.readString(task.resolve("schedstat"))));
                } catch (NoSuchFileException ended) {
                    // a thread that ended between the listing and the read: its time is gone from both readings
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scheduler's accounting of process " + pid, e);
        }
        return sum;
    }

    static Accounting ofThisThread() {
        try {
            return Accounting.parse(Files.readString(THIS_THREAD));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + THIS_THREAD, e);
        }
    }

    /** The table, one row per server, operation and placement. */
    static String render(List<Cost> costs) {
        StringBuilder out = new StringBuilder();
        if (costs.isEmpty()) {
            return "";
        }
        out.append("## Where a request's time goes: the kernel's accounting per request, µs (raw-socket client, 100 B, one at a time)\n\n")
                .append("| operation | server | server placed on | elapsed | server on a core | server waiting for a core |"
                        + " client on a core | client waiting for a core | left over |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        List<Cost> sorted = costs.stream().sorted(java.util.Comparator.comparing((Cost cost) -> OPERATIONS.indexOf(cost.operation()))
                .thenComparing(Cost::placement).thenComparing(cost -> SERVERS.indexOf(cost.server()))).toList();
        for (Cost cost : sorted) {
            out.append("| ").append(VerdictReport.operationName(cost.operation(), VALUE_SIZE)).append(" | ").append(cost.server())
                    .append(" | ").append(cost.placement().label()).append(" | ").append(micros(cost.elapsed())).append(" | ")
                    .append(micros(cost.serverOnCpu())).append(" | ").append(micros(cost.serverWaiting())).append(" | ")
                    .append(micros(cost.clientOnCpu())).append(" | ").append(micros(cost.clientWaiting())).append(" | ")
                    .append(micros(cost.leftOver())).append(" |\n");
        }
        out.append(String.format(Locale.ROOT, "%n(%,d requests per row after %,d of warm-up, each server fresh; from"
                + " /proc/<pid>/task/*/schedstat for every server thread and /proc/thread-self/schedstat for the client's."
                + " The client always runs on core %d. Left over: the elapsed time less the four before it; negative where"
                + " the sides overlap, the server still on its core after its answer has made the client runnable.)%n",
                costs.get(0).requests(), costs.get(0).warmUp(), CorePinning.LOAD_GENERATOR_CORE));
        return out.toString();
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Arguments: quick|full, and the output directory; writes {@code <mode>-server-cost.md}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ServerCost quick|full <output-dir>");
        }
        BenchmarkRunner.Mode mode = BenchmarkRunner.Mode.valueOf(args[0].toUpperCase(Locale.ROOT));
        Path output = Path.of(args[1]);
        LoadAverage loadAtStart = LoadAverage.now();
        String machine = Machine.describe();
        boolean pinned = CorePinning.pinThisProcess();
        if (!available()) {
            throw new IllegalStateException("No per-thread schedstat here (" + THIS_THREAD + "): Linux with scheduler statistics only");
        }
        Steps steps = new Steps(2, System.out::println);
        List<Cost> costs = new ArrayList<>();
        int round = 0;
        for (String operation : OPERATIONS) {
            for (Placement placement : placements()) {
                for (String server : servers(round++)) {
                    steps.run(server + ", " + operation + ", " + placement.label(),
                            () -> measure(server, operation, placement, requests(mode), warmUp(mode))).ifPresent(costs::add);
                }
            }
        }
        StringBuilder text = new StringBuilder("# Redis vs Memcached: where a request's time goes\n\n").append(machine).append("  \n")
                .append("Load average (1 / 5 / 15 min): ").append(loadAtStart).append(" at the start, ").append(LoadAverage.now())
                .append(" at the end.  \n").append(pinned ? "The client (this JVM) pinned to core " + CorePinning.LOAD_GENERATOR_CORE
                        + " with taskset; each server placed as its row says." : "Not pinned (one core, or no taskset).").append("\n\n");
        steps.failures().forEach(failure -> text.append("- Failed: ").append(failure.step()).append(": ").append(failure.reason()).append('\n'));
        text.append(render(costs));
        Files.createDirectories(output);
        Path file = output.resolve(mode.name().toLowerCase(Locale.ROOT) + "-server-cost.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println(text);
        System.out.println("Report: " + file);
    }
}

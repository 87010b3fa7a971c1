package workshop.lesson05.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import workshop.lesson05.verdict.EvictionRun.Curve;
import workshop.lesson05.verdict.MemoryPerItem.Layout;
import workshop.lesson05.verdict.MemoryPerItem.Measured;
import workshop.lesson05.verdict.ServerFloor.Floor;
import workshop.support.bench.BenchmarkRunner;
import workshop.support.bench.Machine;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * Redis against Memcached, measured the same way on the same machine: the 2×2 of blocking and asynchronous clients
 * with a raw-socket floor (latency by value size with its distribution, batch reads, throughput by thread count,
 * a no-op baseline), each server's own benchmark tool, memory per item (tiny items too), and eviction at a fixed
 * budget under a Zipf workload. Writes a report (Markdown) and a chart (PNG).
 *
 * <p>Each step is bounded, tried twice, and on failure reported while the rest of the report is still written.
 *
 * <p>Run: {@code ./mvnw -q package -Pverdict -pl lesson05-best-practices -am} (add {@code -Dbench.mode=full}).
 */
public final class VerdictRunner {

    static final List<Integer> VALUE_SIZES = List.of(100, 10_240, 102_400);
    static final List<Integer> THREADS = List.of(1, 4, 16);
    static final List<Integer> TINY_SIZES = List.of(16, 32);
    static final List<Double> ALPHAS = List.of(0.9, 1.2);

    private VerdictRunner() {
    }

    /** Arguments: quick|full, and the output directory. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: VerdictRunner quick|full <output-dir>");
        }
        BenchmarkRunner.Mode mode = BenchmarkRunner.Mode.valueOf(args[0].toUpperCase(Locale.ROOT));
        boolean full = mode == BenchmarkRunner.Mode.FULL;
        Path output = Path.of(args[1]);
        LoadAverage loadAtStart = LoadAverage.now();
        LoadDuringRun loadDuring = new LoadDuringRun();
        Instant started = Instant.now();
        String machine = Machine.describe(); // before pinning: a pinned JVM sees one core
        boolean pinned = CorePinning.pinThisProcess();
        int clients = Stores.CLIENTS.size();
        int benchmarks = clients * 2 * VALUE_SIZES.size() + 1 + clients * 2 + clients * (full ? THREADS.size() : 2);
        System.out.printf("Redis vs Memcached: %d benchmarks, about %d s, then the tools, memory and eviction (%s). Load average: %s%n",
                benchmarks, benchmarks * mode.secondsPerBenchmark(), describe(mode), loadAtStart);

        Steps steps = new Steps(2, System.out::println);
        List<RunResult> results = new ArrayList<>();
        // Row by row, every client of a row back to back, the order reversed every other row: the machine's load
        // drifts over a run, and a row compares clients, so they must meet the same load (client after client, the
        // first edition and quick-1 measured Redis's clients in the busy first minutes and Memcached's later).
        int row = 0;
        for (String operation : List.of("get", "set")) {
            for (int size : VALUE_SIZES) {
                String[] order = interleaved(row++);
                steps.run("latency, " + VerdictReport.operationName(operation, size), () -> jmh(mode,
                        options(mode, "VerdictLatencyBenchmark\\." + operation + "$").param("store", order).param("valueSize", Integer.toString(size))))
                        .ifPresent(results::addAll);
            }
        }
        steps.run("latency, no-op baseline", () -> jmh(mode, options(mode, "VerdictLatencyBenchmark\\.get$")
                .param("store", "noop").param("valueSize", "100"))).ifPresent(results::addAll);
        String[] batchOrder = interleaved(row);
        steps.run("batch", () -> jmh(mode, options(mode, "VerdictBatchBenchmark").param("store", batchOrder)
                .param("valueSize", "100"))).ifPresent(results::addAll);
        // Quick: 1 and 16 threads only, so that it stays within minutes on a busy machine.
        for (int threads : full ? THREADS : List.of(1, 16)) {
            steps.run("throughput, " + threads + " threads", () -> jmh(mode, options(mode, "VerdictThroughputBenchmark")
                    .param("store", interleaved(threads)).param("valueSize", "100").threads(threads)))
                    .ifPresent(results::addAll);
        }

        List<String> notes = new ArrayList<>();
        List<Floor> floors = floors(mode, steps, notes);
        List<ServerCost.Cost> costs = serverCosts(mode, steps, notes);
        List<Measured> memory = new ArrayList<>();
        for (int size : VALUE_SIZES) {
            int items = MemoryPerItem.itemsFor(size);
            steps.run("memory, Redis, " + size + " B", () -> onFreshRedis(RedisConfig.defaults(),
                    redis -> MemoryPerItem.redis(redis, size, items))).ifPresent(memory::add);
            steps.run("memory, Memcached, " + size + " B", () -> onFreshMemcached(
                    memcached -> MemoryPerItem.memcached(memcached, size, items))).ifPresent(memory::add);
        }
        int tinyItems = full ? 1_000_000 : TINY_ITEMS_QUICK;
        List<Measured> tiny = new ArrayList<>();
        for (int size : TINY_SIZES) {
            steps.run("tiny items, Redis strings, " + size + " B", () -> onFreshRedis(RedisConfig.defaults(),
                    redis -> MemoryPerItem.redis(redis, size, tinyItems, Layout.STRINGS))).ifPresent(tiny::add);
            steps.run("tiny items, Redis hashes, " + size + " B", () -> onFreshRedis(RedisConfig.defaults(),
                    redis -> MemoryPerItem.redis(redis, size, tinyItems, Layout.HASHES))).ifPresent(tiny::add);
            steps.run("tiny items, Memcached, " + size + " B", () -> onFreshMemcached(
                    memcached -> MemoryPerItem.memcached(memcached, size, tinyItems))).ifPresent(tiny::add);
        }
        if (!full) {
            notes.add("Tiny items: the quick run writes %,d items per measurement; the full run writes 1,000,000.".formatted(tinyItems));
        }
        EvictionRun.Plan plan = EvictionRun.plan(full);
        List<Curve> eviction = new ArrayList<>();
        for (double alpha : ALPHAS) {
            for (EvictionRun.Policy policy : EvictionRun.Policy.values()) {
                steps.run("eviction, " + policy.label() + ", α " + alpha, () -> EvictionRun.run(policy, alpha, plan)).ifPresent(eviction::add);
            }
        }

        VerdictReport report = new VerdictReport(VerdictReport.figures(results), floors, costs, memory, tiny, eviction, plan, steps.failures(), notes);
        VerdictReport.Context context = new VerdictReport.Context(machine, loadAtStart, LoadAverage.now(), loadDuring.describe(),
                System.getProperty("verdict.beside", "").isBlank() ? "not recorded (-Dverdict.beside=\"…\" says what else ran)"
                        : System.getProperty("verdict.beside"),
                Duration.between(started, Instant.now()), CorePinning.describe(pinned), describe(mode));
        loadDuring.close();
        createDirectories(output);
        String prefix = mode.name().toLowerCase(Locale.ROOT);
        Path chart = output.resolve(prefix + "-verdict.png");
        Optional<Path> drawn = steps.run("chart", () -> {
            VerdictChart.write(report, "Redis vs Memcached (" + prefix + " run)", machine + " · load " + context.loadAtStart()
                    + " → " + context.loadAtEnd(), chart);
            return chart;
        });
        String text = report.render(context);
        write(output.resolve(prefix + "-verdict.md"), text + drawn.map(file -> "\n![chart](" + file.getFileName() + ")\n").orElse(""));
        System.out.println();
        System.out.println(text);
        System.out.println("Report: " + output.resolve(prefix + "-verdict.md"));
        drawn.ifPresent(file -> System.out.println("Chart:  " + file));
    }

    /** The clients in their order for this row: as listed on even rows, reversed on odd ones. */
    static String[] interleaved(int row) {
        List<String> order = new ArrayList<>(Stores.CLIENTS);
        if (row % 2 == 1) {
            java.util.Collections.reverse(order);
        }
        return order.toArray(String[]::new);
    }

    /** Tiny items in the quick run: fewer than the full run's 1,000,000, so the quick run stays a few minutes on a busy machine. */
    static final int TINY_ITEMS_QUICK = 200_000;

    /** The mode as this runner applies it (the quick run warms up for one second, not two). */
    private static String describe(BenchmarkRunner.Mode mode) {
        return mode == BenchmarkRunner.Mode.QUICK ? mode.describe().replace("2×1 s warm-up", "1×1 s warm-up") : mode.describe();
    }

    private static ChainedOptionsBuilder options(BenchmarkRunner.Mode mode, String benchmark) {
        ChainedOptionsBuilder options = mode.applyTo(new OptionsBuilder().include("workshop\\.lesson05\\.verdict\\." + benchmark));
        if (mode == BenchmarkRunner.Mode.QUICK) {
            options = options.warmupIterations(1); // one warm-up second: 56 forks must fit in minutes on a busy machine
        }
        return options
                .shouldFailOnError(true)
                // Bounded: an iteration that hangs (a server that stopped answering) ends the step, not the run.
                .timeout(TimeValue.seconds(60))
                .jvmArgsAppend("-Djava.awt.headless=true", "-D" + CorePinning.SWITCH + "=" + CorePinning.setting()) // the forks pin (or not) as this JVM does
                .verbosity(mode == BenchmarkRunner.Mode.QUICK ? VerboseMode.SILENT : VerboseMode.NORMAL);
    }

    private static Collection<RunResult> jmh(BenchmarkRunner.Mode mode, ChainedOptionsBuilder options) {
        try {
            return new Runner(options.build()).run();
        } catch (RunnerException failed) {
            throw new IllegalStateException("A benchmark of the comparison failed", failed);
        }
    }

    private interface OnRedis<T> {
        T measure(RedisServer redis);
    }

    private interface OnMemcached<T> {
        T measure(MemcachedServer memcached);
    }

    /** A Redis of the workshop's own, started empty for this one measurement and pinned to the servers' core. */
    private static <T> T onFreshRedis(RedisConfig config, OnRedis<T> measurement) {
        try (Servers servers = new Servers()) {
            RedisServer redis = servers.redis(config);
            CorePinning.pinServers();
            return measurement.measure(redis);
        }
    }

    /** A Memcached of the workshop's own (1 GB, so nothing is evicted), started empty for this one measurement. */
    private static <T> T onFreshMemcached(OnMemcached<T> measurement) {
        try (Servers servers = new Servers()) {
            MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(1024));
            CorePinning.pinServers();
            return measurement.measure(memcached);
        }
    }

    /**
     * redis-benchmark reads and writes 100 keys; memaslap fills a window of keys and would evict an earlier run's,
     * so each memaslap run gets a fresh Memcached (and so never reads a key it did not write).
     */
    /** Where a request's time goes on each server, for each placement of it (see {@link ServerCost}). */
    private static List<ServerCost.Cost> serverCosts(BenchmarkRunner.Mode mode, Steps steps, List<String> notes) {
        List<ServerCost.Cost> costs = new ArrayList<>();
        if (!ServerCost.available()) {
            notes.add("Where a request's time goes: no per-thread schedstat on this system (Linux only), so not measured.");
            return costs;
        }
        int round = 0;
        for (String operation : ServerCost.OPERATIONS) {
            for (ServerCost.Placement placement : ServerCost.placements()) {
                for (String server : ServerCost.servers(round++)) {
                    steps.run("server cost, " + server + ", " + operation + ", " + placement.label(),
                            () -> ServerCost.measure(server, operation, placement, ServerCost.requests(mode), ServerCost.warmUp(mode))).ifPresent(costs::add);
                }
            }
        }
        return costs;
    }

    private static List<Floor> floors(BenchmarkRunner.Mode mode, Steps steps, List<String> notes) {
        int scale = mode == BenchmarkRunner.Mode.QUICK ? 1 : 3;
        List<Floor> floors = new ArrayList<>();
        Optional<Path> redisBenchmark = ServerFloor.redisBenchmarkOnPath();
        if (redisBenchmark.isPresent()) {
            for (int size : VALUE_SIZES) {
                int requests = redisBenchmarkRequests(mode, size);
                steps.run("redis-benchmark, " + size + " B", () -> onFreshRedis(RedisConfig.defaults(),
                        redis -> ServerFloor.redisBenchmark(redisBenchmark.get(), redis, size, requests))).ifPresent(floors::addAll);
            }
        } else {
            notes.add("redis-benchmark is not on the PATH (Debian/Ubuntu: apt-get install redis-tools; macOS: brew install redis).");
        }
        Optional<Path> memaslap = ServerFloor.memaslapOnPath();
        if (memaslap.isPresent()) {
            for (int size : VALUE_SIZES) {
                for (String operation : List.of("set", "get")) {
                    steps.run("memaslap, " + operation + ", " + size + " B", () -> onFreshMemcached(
                            memcached -> ServerFloor.memaslap(memaslap.get(), memcached, operation, size, 2 * scale))).ifPresent(floors::add);
                }
            }
        } else {
            notes.add("memaslap is not on the PATH (Debian/Ubuntu: apt-get install libmemcached-tools, which names it memcaslap).");
        }
        return floors;
    }

    /**
     * Requests per redis-benchmark run (each of SET and GET): it has no time limit of its own, and the step is
     * bounded by {@link ServerFloor}'s two minutes. On a starved machine quick-1 saw 2–4 ms per request, so the quick
     * run asks at most 10,000 (under a minute even then); the full run, made on a quiet machine, three times the old
     * quick figures.
     */
    static int redisBenchmarkRequests(BenchmarkRunner.Mode mode, int valueSize) {
        if (mode == BenchmarkRunner.Mode.QUICK) {
            return valueSize <= 1_000 ? 10_000 : valueSize <= 20_000 ? 5_000 : 2_000;
        }
        return valueSize <= 1_000 ? 150_000 : valueSize <= 20_000 ? 60_000 : 15_000;
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}

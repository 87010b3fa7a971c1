package workshop.lesson05.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import workshop.lesson05.verdict.MemoryPerItem.Measured;
import workshop.lesson05.verdict.ServerFloor.Floor;
import workshop.support.bench.BenchmarkRunner;
import workshop.support.bench.Machine;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.OwnedServerRequiredException;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * Redis against Memcached, measured the same way on the same machine: the JMH suite (latency by value size, batch
 * reads, throughput by thread count, a no-op baseline), each server's own benchmark tool as the floor, and memory
 * per item from each server's own stats. Writes a report (Markdown) and a chart (PNG).
 *
 * <p>Run: {@code ./mvnw -q package -Pverdict -pl lesson05-best-practices -am} (add {@code -Dbench.mode=full}).
 */
public final class VerdictRunner {

    static final List<Integer> VALUE_SIZES = List.of(100, 10_240, 102_400);
    static final List<Integer> THREADS = List.of(1, 4, 16);

    private VerdictRunner() {
    }

    /** Arguments: quick|full, and the output directory. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: VerdictRunner quick|full <output-dir>");
        }
        BenchmarkRunner.Mode mode = BenchmarkRunner.Mode.valueOf(args[0].toUpperCase(Locale.ROOT));
        Path output = Path.of(args[1]);
        String machine = Machine.describe();
        int benchmarks = 2 * 2 * VALUE_SIZES.size() + 1 + 2 * 2 + 2 * THREADS.size();
        System.out.printf("Redis vs Memcached: %d benchmarks, about %d s, then each server's own tool and memory per item (%s)%n",
                benchmarks, benchmarks * mode.secondsPerBenchmark(), mode.describe());

        List<RunResult> results = new ArrayList<>();
        results.addAll(run(mode, options(mode, "VerdictLatencyBenchmark").param("store", "redis", "memcached")));
        results.addAll(run(mode, options(mode, "VerdictLatencyBenchmark\\.get").param("store", "noop").param("valueSize", "100")));
        results.addAll(run(mode, options(mode, "VerdictBatchBenchmark").param("store", "redis", "memcached").param("valueSize", "100")));
        for (int threads : THREADS) {
            results.addAll(run(mode, options(mode, "VerdictThroughputBenchmark").param("store", "redis", "memcached")
                    .param("valueSize", "100").threads(threads)));
        }

        List<Floor> floors = new ArrayList<>();
        List<Measured> memory = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (Servers servers = new Servers()) {
            // Servers of the workshop's own: the tools write keys outside any namespace, and memory is read as a difference.
            floors.addAll(floors(mode, servers.redis(RedisConfig.defaults()),
                    () -> servers.memcached(MemcachedConfig.defaults().memoryLimit(1024)), notes));
            RedisServer emptyRedis = servers.redis(RedisConfig.defaults());
            MemcachedServer emptyMemcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(1024));
            for (int size : VALUE_SIZES) {
                memory.add(MemoryPerItem.redis(emptyRedis, size));
                memory.add(MemoryPerItem.memcached(emptyMemcached, size));
            }
        } catch (OwnedServerRequiredException cannotStartOwn) {
            notes.add("Floors and memory were not measured: " + cannotStartOwn.getMessage());
        }

        VerdictReport report = new VerdictReport(results, floors, memory, notes);
        createDirectories(output);
        String prefix = mode.name().toLowerCase(Locale.ROOT);
        Path chart = output.resolve(prefix + "-verdict.png");
        VerdictChart.write(report, "Redis vs Memcached (" + prefix + " run)", machine, chart);
        String text = report.render(machine, mode.describe());
        write(output.resolve(prefix + "-verdict.md"), text + "\n![chart](" + chart.getFileName() + ")\n");
        System.out.println();
        System.out.println(text);
        System.out.println("Report: " + output.resolve(prefix + "-verdict.md"));
        System.out.println("Chart:  " + chart);
    }

    private static ChainedOptionsBuilder options(BenchmarkRunner.Mode mode, String benchmark) {
        return mode.applyTo(new OptionsBuilder().include("workshop\\.lesson05\\.verdict\\." + benchmark))
                .shouldFailOnError(true)
                .jvmArgsAppend("-Djava.awt.headless=true")
                .verbosity(mode == BenchmarkRunner.Mode.QUICK ? VerboseMode.SILENT : VerboseMode.NORMAL);
    }

    private static Collection<RunResult> run(BenchmarkRunner.Mode mode, ChainedOptionsBuilder options) {
        try {
            return new Runner(options.build()).run();
        } catch (RunnerException failed) {
            throw new IllegalStateException("A benchmark of the comparison failed", failed);
        }
    }

    /**
     * redis-benchmark reads and writes one key; memaslap fills a window of keys and would evict an earlier run's,
     * so each memaslap run gets a fresh Memcached (and so never reads a key it did not write).
     */
    private static List<Floor> floors(BenchmarkRunner.Mode mode, RedisServer redis, Supplier<MemcachedServer> freshMemcached,
                                      List<String> notes) {
        int scale = mode == BenchmarkRunner.Mode.QUICK ? 1 : 3;
        List<Floor> floors = new ArrayList<>();
        Optional<Path> redisBenchmark = ServerFloor.redisBenchmarkOnPath();
        if (redisBenchmark.isPresent()) {
            for (int size : VALUE_SIZES) {
                int requests = scale * (size <= 1_000 ? 50_000 : size <= 20_000 ? 20_000 : 5_000);
                try {
                    floors.addAll(ServerFloor.redisBenchmark(redisBenchmark.get(), redis, size, requests));
                } catch (IllegalStateException failed) {
                    notes.add("redis-benchmark failed at " + size + " B: " + failed.getMessage());
                }
            }
        } else {
            notes.add("redis-benchmark is not on the PATH (Debian/Ubuntu: apt-get install redis-tools; macOS: brew install redis).");
        }
        Optional<Path> memaslap = ServerFloor.memaslapOnPath();
        if (memaslap.isPresent()) {
            for (int size : VALUE_SIZES) {
                for (String operation : List.of("set", "get")) {
                    try {
                        try (MemcachedServer fresh = freshMemcached.get()) {
                            floors.add(ServerFloor.memaslap(memaslap.get(), fresh, operation, size, 2 * scale));
                        }
                    } catch (IllegalStateException failed) {
                        notes.add("memaslap failed (" + operation + ", " + size + " B): " + failed.getMessage());
                    }
                }
            }
        } else {
            notes.add("memaslap is not on the PATH (Debian/Ubuntu: apt-get install libmemcached-tools, which names it memcaslap).");
        }
        return floors;
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

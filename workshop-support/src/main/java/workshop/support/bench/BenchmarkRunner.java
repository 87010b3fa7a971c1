package workshop.support.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a lesson's JMH benchmarks and shows what the cache buys: a table with each benchmark's ratio to its
 * class's baseline ({@code uncached…} or {@code baseline…}), JMH's JSON, and a chart (PNG) with error bars.
 *
 * <p>Run by the parent pom's {@code -Pbench} profile: {@code ./mvnw -q package -Pbench -pl lesson01-what-is-caching -am}
 * (quick, about a minute) or with {@code -Dbench.mode=full} (more forks and iterations: narrower error bars).
 */
public final class BenchmarkRunner {

    /** How long to measure: quick for a class demo, full for numbers worth quoting. */
    public enum Mode {
        QUICK(1, 2, 1, 3, 1),
        FULL(2, 3, 1, 5, 1);

        final int forks;
        final int warmupIterations;
        final int warmupSeconds;
        final int measurementIterations;
        final int measurementSeconds;

        Mode(int forks, int warmupIterations, int warmupSeconds, int measurementIterations, int measurementSeconds) {
            this.forks = forks;
            this.warmupIterations = warmupIterations;
            this.warmupSeconds = warmupSeconds;
            this.measurementIterations = measurementIterations;
            this.measurementSeconds = measurementSeconds;
        }

        /** Forks, warm-up and measurement of this mode, on JMH options. */
        public ChainedOptionsBuilder applyTo(ChainedOptionsBuilder options) {
            return options.forks(forks)
                    .warmupIterations(warmupIterations)
                    .warmupTime(TimeValue.seconds(warmupSeconds))
                    .measurementIterations(measurementIterations)
                    .measurementTime(TimeValue.seconds(measurementSeconds));
        }

        public int secondsPerBenchmark() {
            // About one second per fork to start a JVM, on top of the iterations.
            return forks * (1 + warmupIterations * warmupSeconds + measurementIterations * measurementSeconds);
        }

        public String describe() {
            return "%s mode: %d fork(s), %d×%d s warm-up, %d×%d s measured per benchmark; error = 99.9%% confidence interval"
                    .formatted(name().toLowerCase(Locale.ROOT), forks, warmupIterations, warmupSeconds, measurementIterations, measurementSeconds);
        }
    }

    private BenchmarkRunner() {
    }

    /** Arguments: mode (quick|full), include regex, module name, output directory. */
    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: BenchmarkRunner quick|full <include-regex> <module> <output-dir>");
        }
        Mode mode = Mode.valueOf(args[0].toUpperCase(Locale.ROOT));
        String include = args[1];
        String module = args[2];
        Path output = Path.of(args[3]);

        List<String> benchmarks = BenchmarkTable.listed(include);
        if (benchmarks.isEmpty()) {
            System.out.println("No benchmarks in " + module + (include.equals(".*") ? "" : " match " + include) + " yet.");
            return;
        }
        String machine = Machine.describe();
        System.out.printf("Running %d benchmarks of %s, about %d s (%s)%n", benchmarks.size(), module,
                benchmarks.size() * mode.secondsPerBenchmark(), mode.describe());

        Path json = output.resolve(mode.name().toLowerCase(Locale.ROOT) + "-results.json");
        createDirectories(output);
        ChainedOptionsBuilder options = mode.applyTo(new OptionsBuilder().include(include))
                .shouldFailOnError(true)
                .jvmArgsAppend("-Djava.awt.headless=true")
                .verbosity(mode == Mode.QUICK ? VerboseMode.SILENT : VerboseMode.NORMAL)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString());
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException failed) {
            throw new IllegalStateException(BenchmarkFailure.explain(failed), failed);
        }

        String table = BenchmarkTable.render(results);
        Path chart = output.resolve(mode.name().toLowerCase(Locale.ROOT) + "-chart.png");
        BenchmarkChart.write(results, module + " (" + mode.name().toLowerCase(Locale.ROOT) + " run)", machine, chart);
        write(output.resolve(mode.name().toLowerCase(Locale.ROOT) + "-table.txt"), machine + "\n" + mode.describe() + "\n\n" + table);

        System.out.println();
        System.out.println(machine);
        System.out.println(table);
        System.out.println("JSON:  " + json);
        System.out.println("Chart: " + chart);
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

package workshop.support.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * The benchmark results as a table a learner reads at a glance: each row's score with its error, and how many
 * times faster (or slower) it is than the baseline ({@code uncached…} or {@code baseline…}) of the same class and
 * parameters.
 */
final class BenchmarkTable {

    /** The baseline of a benchmark class (and parameters): its method named {@code uncached…} or {@code baseline…}. */
    private static final List<String> BASELINE_PREFIXES = List.of("uncached", "baseline");

    private BenchmarkTable() {
    }

    /** One result, with the names the table and the chart show. */
    record Row(String className, String method, String params, double score, double error, String unit, Mode mode,
               double hitRatio, String perThousandRequests, String percentiles) {

        static Row of(RunResult result) {
            BenchmarkParams params = result.getParams();
            String benchmark = params.getBenchmark();
            int lastDot = benchmark.lastIndexOf('.');
            String qualifiedClass = benchmark.substring(0, lastDot);
            String paramText = params.getParamsKeys().stream()
                    .map(key -> key + "=" + params.getParam(key)).collect(Collectors.joining(", "));
            Result<?> primary = result.getPrimaryResult();
            return new Row(qualifiedClass.substring(qualifiedClass.lastIndexOf('.') + 1), benchmark.substring(lastDot + 1),
                    paramText, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), params.getMode(),
                    hitRatio(secondaryResults(result)), perThousandRequests(secondaryResults(result)),
                    percentiles(primary, params.getMode()));
        }

        /** For a sampled benchmark (Mode.SampleTime), the median and the tail: p50, p99, p99.9. */
        private static String percentiles(Result<?> primary, Mode mode) {
            if (mode != Mode.SampleTime) {
                return "";
            }
            var statistics = primary.getStatistics();
            return String.format(Locale.ROOT, "p50 %s, p99 %s, p99.9 %s", number(statistics.getPercentile(50)),
                    number(statistics.getPercentile(99)), number(statistics.getPercentile(99.9)));
        }

        @SuppressWarnings({"unchecked", "rawtypes"}) // JMH declares the map with a raw Result type
        private static Map<String, ? extends Result<?>> secondaryResults(RunResult result) {
            return (Map) result.getSecondaryResults();
        }

        /**
         * A benchmark that counts its cache's hits and misses (JMH {@code @AuxCounters} fields named
         * {@code hits} and {@code misses}) gets its hit ratio shown next to its speed.
         */
        private static double hitRatio(Map<String, ? extends Result<?>> secondary) {
            Result<?> hits = secondary.get("hits");
            Result<?> misses = secondary.get("misses");
            if (hits == null || misses == null) {
                return Double.NaN;
            }
            double total = hits.getScore() + misses.getScore();
            return total == 0 ? Double.NaN : hits.getScore() / total;
        }

        /**
         * A benchmark that counts its {@code requests} (a JMH {@code @AuxCounters} field) gets every other counter
         * shown per 1,000 requests: {@code originCalls 4.3, slowRequests 4.3}.
         */
        private static String perThousandRequests(Map<String, ? extends Result<?>> secondary) {
            Result<?> requests = secondary.get("requests");
            if (requests == null || requests.getScore() == 0) {
                return "";
            }
            return secondary.entrySet().stream()
                    .filter(counter -> !List.of("requests", "hits", "misses").contains(counter.getKey()))
                    .filter(counter -> !counter.getKey().matches("p\\d.*")) // a sampled mode's percentiles
                    .sorted(Map.Entry.comparingByKey())
                    .map(counter -> String.format(Locale.ROOT, "%s %.2f", counter.getKey(),
                            1_000 * counter.getValue().getScore() / requests.getScore()))
                    .collect(Collectors.joining(", "));
        }

        String label() {
            return className + "." + method + (params.isEmpty() ? "" : " [" + params + "]")
                    + (mode == Mode.AverageTime ? "" : " (" + mode.shortLabel() + ")");
        }

        boolean isBaseline() {
            return BASELINE_PREFIXES.stream().anyMatch(method::startsWith);
        }

        String group() {
            return className + "|" + params + "|" + mode;
        }

        /**
         * An error of half the score or more: the run could not tell this score from one half or double it (a busy
         * machine, too few iterations), so no ratio drawn from it means anything.
         */
        boolean isNoisy() {
            return !Double.isNaN(error) && error >= score / 2;
        }

        /** How many times better than the baseline: lower is better for times, higher for throughput. */
        double speedupOver(Row baseline) {
            return mode == Mode.Throughput ? score / baseline.score : baseline.score / score;
        }
    }

    /** The benchmarks (with each combination of parameters) that JMH would run for this include pattern. */
    static List<String> listed(String include) {
        try (InputStream list = BenchmarkRunner.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            if (list == null) {
                return List.of();
            }
            Pattern pattern = Pattern.compile(include);
            List<String> names = new ArrayList<>();
            for (BenchmarkListEntry entry : BenchmarkList.readBenchmarkList(list)) {
                if (pattern.matcher(entry.getUsername()).find()) {
                    int combinations = entry.getParams().orElse(Map.of()).values().stream()
                            .mapToInt(values -> values.length).reduce(1, (a, b) -> a * b);
                    for (int i = 0; i < combinations; i++) {
                        names.add(entry.getUsername());
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read JMH's benchmark list", e);
        }
    }

    static List<Row> rows(Collection<RunResult> results) {
        return results.stream().map(Row::of)
                .sorted(Comparator.comparing(Row::className).thenComparing(Row::params)
                        .thenComparing(row -> !row.isBaseline()).thenComparing(Row::method))
                .toList();
    }

    static String render(Collection<RunResult> results) {
        List<Row> rows = rows(results);
        Map<String, Row> baselines = rows.stream().filter(Row::isBaseline)
                .collect(Collectors.toMap(Row::group, row -> row, (first, second) -> first));
        int width = Math.max("Benchmark".length(), rows.stream().mapToInt(row -> row.label().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        boolean withHitRatio = rows.stream().anyMatch(row -> !Double.isNaN(row.hitRatio()));
        boolean withPercentiles = rows.stream().anyMatch(row -> !row.percentiles().isEmpty());
        int countersWidth = rows.stream().mapToInt(row -> row.perThousandRequests().length()).max().orElse(0);
        boolean withCounters = countersWidth > 0;
        String countersHeading = "Per 1,000 requests";
        String format = "%-" + width + "s  %14s  %12s  %-8s  " + (withHitRatio ? "%-10s  " : "%s") + "%-16s"
                + (withCounters ? "  %-" + Math.max(countersWidth, countersHeading.length()) + "s" : "%s")
                + (withPercentiles ? "  %s" : "%s") + "%n";
        out.append(String.format(Locale.ROOT, format, "Benchmark", "Score", "± Error", "Units",
                withHitRatio ? "Hit ratio" : "", "vs baseline", withCounters ? countersHeading : "",
                withPercentiles ? "Percentiles" : ""));
        for (Row row : rows) {
            String versus = Optional.ofNullable(baselines.get(row.group()))
                    .map(baseline -> versus(row, baseline))
                    .orElse("");
            String hitRatio = Double.isNaN(row.hitRatio()) ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * row.hitRatio());
            out.append(String.format(Locale.ROOT, format, row.label(), number(row.score()), number(row.error()),
                    row.unit(), hitRatio, versus, row.perThousandRequests(), row.percentiles()));
        }
        return out.toString();
    }

    /** The "vs baseline" cell: a ratio, unless either score is too noisy to divide. */
    static String versus(Row row, Row baseline) {
        if (row == baseline) {
            return row.isNoisy() ? "baseline, noisy" : "baseline";
        }
        return row.isNoisy() || baseline.isNoisy() ? NOISY : ratio(row.speedupOver(baseline));
    }

    /** Instead of a ratio, when this row's or its baseline's error is half its score or more. */
    static final String NOISY = "noisy: error ≥ ½ score, run again (-Dbench.mode=full) on a quiet machine";

    private static String ratio(double speedup) {
        if (speedup >= 1) {
            return String.format(Locale.ROOT, "%s× faster", speedup >= 100 ? String.format(Locale.ROOT, "%,.0f", speedup)
                    : String.format(Locale.ROOT, "%.1f", speedup));
        }
        return String.format(Locale.ROOT, "%.1f× slower", 1 / speedup);
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%,.1f" : value >= 1 ? "%.3f" : "%.4f", value);
    }
}

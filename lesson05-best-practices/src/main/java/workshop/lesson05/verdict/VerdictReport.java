package workshop.lesson05.verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;

import workshop.lesson05.verdict.EvictionRun.Curve;
import workshop.lesson05.verdict.MemoryPerItem.Layout;
import workshop.lesson05.verdict.MemoryPerItem.Measured;
import workshop.lesson05.verdict.ServerFloor.Floor;

/** The comparison's numbers, and the tables a reader compares them in. */
final class VerdictReport {

    /** A figure and its 99.9% confidence interval's half-width (for a tool's figure: its resolution). */
    record Score(double value, double error) {

        /** Two figures whose intervals touch are not told apart by this run. */
        boolean overlaps(Score other) {
            return Double.isNaN(error) || Double.isNaN(other.error) || Math.abs(value - other.value) <= error + other.error;
        }
    }

    /** A percentile over all samples, and its lowest and highest value over the measured iterations. */
    record Percentile(double all, double lowest, double highest) {
    }

    /** The latency distribution of a sampled benchmark. */
    record Distribution(Percentile p50, Percentile p99, Percentile p999) {
    }

    /** One JMH result, reduced to what the tables need. */
    record Figure(String benchmark, String store, int valueSize, int threads, Score score, Optional<Distribution> distribution) {
    }

    /**
     * Where and how the run was made: the machine line, the load at both ends and in between, what else ran beside
     * it, how long it took, the pinning, the mode.
     */
    record Context(String machine, LoadAverage loadAtStart, LoadAverage loadAtEnd, String loadDuring, String beside,
                   java.time.Duration took, String pinning, String mode) {
    }

    static final String NO_DIFFERENCE = "no measurable difference";

    private final List<Figure> figures;
    private final List<Floor> floors;
    private final List<ServerCost.Cost> costs;
    private final List<Measured> memory;
    private final List<Measured> tiny;
    private final List<Curve> eviction;
    private final EvictionRun.Plan plan;
    private final List<Steps.Failure> failures;
    private final List<String> notes;

    VerdictReport(List<Figure> figures, List<Floor> floors, List<ServerCost.Cost> costs, List<Measured> memory, List<Measured> tiny,
                  List<Curve> eviction, EvictionRun.Plan plan, List<Steps.Failure> failures, List<String> notes) {
        this.figures = figures;
        this.floors = floors;
        this.costs = costs;
        this.memory = memory;
        this.tiny = tiny;
        this.eviction = eviction;
        this.plan = plan;
        this.failures = failures;
        this.notes = notes;
    }

    /** JMH's results as figures: the score with its error and, for sampled benchmarks, the distribution. */
    static List<Figure> figures(Collection<RunResult> results) {
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            Score score = new Score(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError());
            Optional<Distribution> distribution = Optional.empty();
            if (result.getParams().getMode() == org.openjdk.jmh.annotations.Mode.SampleTime) {
                distribution = Optional.of(new Distribution(percentile(result, 50), percentile(result, 99), percentile(result, 99.9)));
            }
            figures.add(new Figure(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                    result.getParams().getParam("store"), Integer.parseInt(result.getParams().getParam("valueSize")),
                    result.getParams().getThreads(), score, distribution));
        }
        return figures;
    }

    private static Percentile percentile(RunResult result, double p) {
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                double value = iteration.getPrimaryResult().getStatistics().getPercentile(p);
                lowest = Math.min(lowest, value);
                highest = Math.max(highest, value);
            }
        }
        return new Percentile(result.getPrimaryResult().getStatistics().getPercentile(p), lowest, highest);
    }

    Optional<Figure> figure(String benchmark, String store, int valueSize, int threads) {
        return figures.stream().filter(f -> f.benchmark().equals(benchmark) && f.store().equals(store)
                && f.valueSize() == valueSize && f.threads() == threads).findFirst();
    }

    Optional<Score> score(String benchmark, String store, int valueSize, int threads) {
        return figure(benchmark, store, valueSize, threads).map(Figure::score);
    }

    Optional<Score> latency(String store, String operation, int valueSize) {
        return score("VerdictLatencyBenchmark." + operation, store, valueSize, 1);
    }

    Optional<Floor> floor(String tool, String operation, int valueSize) {
        return floors.stream().filter(floor -> floor.tool().equals(tool) && floor.operation().equals(operation)
                && floor.valueSize() == valueSize).findFirst();
    }

    List<Measured> memory() {
        return memory;
    }

    List<Curve> eviction() {
        return eviction;
    }

    /**
     * a ÷ b, or {@value #NO_DIFFERENCE} when their intervals overlap: a ratio is printed only where this run can
     * tell the two apart.
     */
    static String ratio(Optional<Score> a, Optional<Score> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "–";
        }
        if (a.get().overlaps(b.get())) {
            return NO_DIFFERENCE;
        }
        return String.format(Locale.ROOT, "%.2f×", a.get().value() / b.get().value());
    }

    String render(Context context) {
        StringBuilder out = new StringBuilder();
        out.append("# Redis vs Memcached, measured\n\n").append(context.machine()).append("  \n")
                .append("Load average (1 / 5 / 15 min): ").append(context.loadAtStart()).append(" at the start, ")
                .append(context.loadAtEnd()).append(" at the end; the 1-minute figure during the run: ").append(context.loadDuring())
                .append(".  \n").append("Beside it: ").append(context.beside()).append(".  \n")
                .append(String.format(Locale.ROOT, "The run took %d min %02d s.  %n", context.took().toMinutes(), context.took().toSecondsPart()))
                .append(context.pinning()).append("  \n").append(context.mode()).append("\n\n");
        if (!failures.isEmpty()) {
            out.append("**Steps that failed** (tried twice; their rows show –):\n\n");
            failures.forEach(failure -> out.append("- ").append(failure.step()).append(": ").append(failure.reason()).append('\n'));
            out.append('\n');
        }
        twoByTwo(out);
        split(out);
        distributions(out);
        floors(out);
        if (!costs.isEmpty()) {
            out.append('\n').append(ServerCost.render(costs));
        }
        batches(out);
        throughput(out);
        memoryPerItem(out);
        tinyItems(out);
        evictionTables(out);
        notes.forEach(note -> out.append("\nNote: ").append(note).append('\n'));
        return out.toString();
    }

    private void twoByTwo(StringBuilder out) {
        out.append("## The 2×2: each server through a blocking and an asynchronous client (1 thread, 1 connection), mean µs per operation\n\n| operation |");
        Stores.CLIENTS.forEach(store -> out.append(' ').append(Stores.label(store)).append(" |"));
        out.append("\n|---|");
        Stores.CLIENTS.forEach(store -> out.append("---:|"));
        out.append('\n');
        forEachOperation((operation, size) -> {
            out.append("| ").append(operationName(operation, size)).append(" |");
            Stores.CLIENTS.forEach(store -> out.append(' ').append(latency(store, operation, size).map(VerdictReport::withError).orElse("–")).append(" |"));
            out.append('\n');
        });
        score("VerdictLatencyBenchmark.get", "noop", 100, 1).ifPresent(noop -> out.append(String.format(Locale.ROOT,
                "%nBaseline: the same call through the same interface to no server at all takes %s µs.%n", withError(noop))));
        out.append("\nThe raw-socket client is this workshop's own (`RawSocketStore`): one blocking socket, the same code for both"
                + " protocols. For Memcached it is also the blocking client: no maintained blocking Memcached client for Java is on Maven Central.\n");
    }

    private void split(StringBuilder out) {
        out.append("\n## Whose gap is it? Ratios of the means (a ratio only where the intervals do not overlap)\n\n")
                .append("| operation | the servers: raw Redis ÷ raw Memcached | client design on Redis: Lettuce (async) ÷ Jedis (blocking) |"
                        + " client design on Memcached: spymemcached (async) ÷ raw (blocking) | Jedis ÷ raw Redis | the first edition's column: Jedis ÷ spymemcached |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        forEachOperation((operation, size) -> out.append("| ").append(operationName(operation, size)).append(" | ")
                .append(ratio(latency("raw-redis", operation, size), latency("raw-memcached", operation, size))).append(" | ")
                .append(ratio(latency("lettuce", operation, size), latency("jedis", operation, size))).append(" | ")
                .append(ratio(latency("spymemcached", operation, size), latency("raw-memcached", operation, size))).append(" | ")
                .append(ratio(latency("jedis", operation, size), latency("raw-redis", operation, size))).append(" | ")
                .append(ratio(latency("jedis", operation, size), latency("spymemcached", operation, size))).append(" |\n"));
    }

    private void distributions(StringBuilder out) {
        out.append("\n## Latency distributions (JMH sample mode), µs: over all samples, (lowest–highest over the measured iterations)\n\n")
                .append("| operation | client | p50 | p99 | p99.9 |\n|---|---|---:|---:|---:|\n");
        forEachOperation((operation, size) -> Stores.CLIENTS.forEach(store ->
                figure("VerdictLatencyBenchmark." + operation, store, size, 1).flatMap(Figure::distribution).ifPresent(d ->
                        out.append("| ").append(operationName(operation, size)).append(" | ").append(Stores.label(store)).append(" | ")
                                .append(percentile(d.p50())).append(" | ").append(percentile(d.p99())).append(" | ")
                                .append(percentile(d.p999())).append(" |\n"))));
    }

    private void floors(StringBuilder out) {
        if (floors.isEmpty()) {
            return;
        }
        out.append("\n## Floors, measured alike: one connection, one request at a time, 100 keys in turn (memaslap: its smallest window, 1,000 keys), mean µs\n\n")
                .append("| operation | redis-benchmark | raw socket → Redis | memaslap | raw socket → Memcached |\n|---|---:|---:|---:|---:|\n");
        forEachOperation((operation, size) -> out.append("| ").append(operationName(operation, size)).append(" | ")
                .append(floor("redis-benchmark", operation, size).map(VerdictReport::floorText).orElse("–")).append(" | ")
                .append(latency("raw-redis", operation, size).map(VerdictReport::withError).orElse("–")).append(" | ")
                .append(floor("memaslap", operation, size).map(VerdictReport::floorText).orElse("–")).append(" | ")
                .append(latency("raw-memcached", operation, size).map(VerdictReport::withError).orElse("–")).append(" |\n"));
        out.append("\n(The tools' resolution: redis-benchmark's CSV and memaslap both report whole microseconds, ±0.5 µs."
                + " The raw-socket client is the common floor: the same Java code and key pattern for both servers.)\n");
    }

    private void batches(StringBuilder out) {
        out.append("\n## Ten values (100 B each), µs per batch\n\n| client | one round trip (MGET / multi-get) | ten GETs in a row | one round trip is… |\n|---|---:|---:|---:|\n");
        for (String store : Stores.CLIENTS) {
            Optional<Score> many = score("VerdictBatchBenchmark.getMany", store, 100, 1);
            Optional<Score> oneByOne = score("VerdictBatchBenchmark.getOneByOne", store, 100, 1);
            String faster = ratio(oneByOne, many);
            out.append("| ").append(Stores.label(store)).append(" | ").append(many.map(VerdictReport::withError).orElse("–"))
                    .append(" | ").append(oneByOne.map(VerdictReport::withError).orElse("–")).append(" | ")
                    .append(faster.endsWith("×") ? faster + " faster" : faster).append(" |\n");
        }
    }

    private void throughput(StringBuilder out) {
        List<Integer> measured = VerdictRunner.THREADS.stream()
                .filter(threads -> figures.stream().anyMatch(f -> f.benchmark().equals("VerdictThroughputBenchmark.get") && f.threads() == threads))
                .toList();
        out.append("\n## Throughput by client threads (GET 100 B, one connection per thread), operations per ms\n\n| client |");
        measured.forEach(threads -> out.append(' ').append(threads).append(threads == 1 ? " thread |" : " threads |"));
        out.append(" 16 threads ÷ 1 |\n|---|");
        measured.forEach(threads -> out.append("---:|"));
        out.append("---:|\n");
        for (String store : Stores.CLIENTS) {
            out.append("| ").append(Stores.label(store)).append(" |");
            measured.forEach(threads -> out.append(' ')
                    .append(score("VerdictThroughputBenchmark.get", store, 100, threads).map(VerdictReport::withError).orElse("–")).append(" |"));
            out.append(' ').append(ratio(score("VerdictThroughputBenchmark.get", store, 100, 16),
                    score("VerdictThroughputBenchmark.get", store, 100, 1))).append(" |\n");
        }
    }

    private void memoryPerItem(StringBuilder out) {
        if (memory.isEmpty()) {
            return;
        }
        out.append("\n## Memory per item, each server's two counts, bytes per item\n\n")
                .append("| value size | items | Redis `used_memory` | Redis `used_memory_rss` | Memcached slab pages + hash table | Memcached bytes in items |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (int size : VerdictRunner.VALUE_SIZES) {
            Optional<Measured> redis = find(memory, "Redis", Layout.STRINGS, size);
            Optional<Measured> memcached = find(memory, "Memcached", Layout.ITEMS, size);
            out.append("| ").append(size(size)).append(" | ")
                    .append(redis.or(() -> memcached).map(m -> String.format(Locale.ROOT, "%,d", m.items())).orElse("–")).append(" | ")
                    .append(redis.map(VerdictReport::perItem).orElse("–")).append(" | ")
                    .append(redis.map(m -> bytes(m.secondPerItem())).orElse("–")).append(" | ")
                    .append(memcached.map(VerdictReport::perItem).orElse("–")).append(" | ")
                    .append(memcached.map(m -> bytes(m.secondPerItem())).orElse("–")).append(" |\n");
        }
        out.append("\n(Each read before and after writing, on a server of its own that started empty. Like for like: `used_memory` and"
                + " slab pages + hash table are what each server took for the items; `used_memory_rss` adds the allocator's"
                + " fragmentation as the OS sees it; Memcached's bytes in items leaves out its slab-class rounding.)\n");
    }

    private void tinyItems(StringBuilder out) {
        if (tiny.isEmpty()) {
            return;
        }
        out.append("\n## Many tiny items, bytes per item\n\n")
                .append("| value size | items | Redis strings: `used_memory` / `used_memory_rss` | Redis hashes of ")
                .append(MemoryPerItem.BUCKET).append(": `used_memory` / `used_memory_rss` (encoding) | Memcached: slab pages + hash table / bytes in items |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (int size : VerdictRunner.TINY_SIZES) {
            Optional<Measured> strings = find(tiny, "Redis", Layout.STRINGS, size);
            Optional<Measured> hashes = find(tiny, "Redis", Layout.HASHES, size);
            Optional<Measured> memcached = find(tiny, "Memcached", Layout.ITEMS, size);
            out.append("| ").append(size(size)).append(" | ")
                    .append(strings.or(() -> hashes).or(() -> memcached).map(m -> String.format(Locale.ROOT, "%,d", m.items())).orElse("–")).append(" | ")
                    .append(strings.map(VerdictReport::twoCounts).orElse("–")).append(" | ")
                    .append(hashes.map(m -> twoCounts(m) + " (" + m.encoding() + ")").orElse("–")).append(" | ")
                    .append(memcached.map(VerdictReport::twoCounts).orElse("–")).append(" |\n");
        }
        out.append("\n(Keys like `memory:16:123456`; hashes bucket item i as field i % ").append(MemoryPerItem.BUCKET)
                .append(" of hash i / ").append(MemoryPerItem.BUCKET).append(", small enough for Redis's compact listpack encoding.)\n");
    }

    private void evictionTables(StringBuilder out) {
        if (eviction.isEmpty()) {
            return;
        }
        out.append("\n## Eviction at a fixed budget: hit ratio over time, from the servers' own counters\n\n")
                .append(String.format(Locale.ROOT, "%d MB for each server; %,d keys, Zipf-distributed; cache-aside (GET, and SET on a miss);"
                                + " %,d requests with values of %s, then %,d for new keys (the same Zipf ranks) with values of %s; %d windows each.%n",
                        plan.budgetMegabytes(), plan.keys(), plan.requestsPerPhase(), sizes(plan.sizesBefore()), plan.requestsPerPhase(),
                        sizes(plan.sizesAfter()), plan.windowsPerPhase()));
        for (double alpha : eviction.stream().map(Curve::alpha).distinct().toList()) {
            out.append(String.format(Locale.ROOT, "%n### α = %.1f%n%n| server | hit ratio by window, before the shift | after the shift |"
                    + " mean before | mean after | evictions | SETs refused |%n|---|---|---|---:|---:|---:|---:|%n", alpha));
            for (Curve curve : eviction.stream().filter(c -> c.alpha() == alpha).toList()) {
                out.append("| ").append(curve.policy().label()).append(" | ").append(windows(curve, 0)).append(" | ")
                        .append(windows(curve, 1)).append(" | ").append(percent(curve.meanHitRatio(0))).append(" | ")
                        .append(percent(curve.meanHitRatio(1))).append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", curve.windows().stream().mapToLong(EvictionRun.Window::evictions).sum())).append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", curve.windows().stream().mapToLong(EvictionRun.Window::refusedSets).sum())).append(" |\n");
            }
        }
        out.append("\n(Means leave out each phase's first window, the warm-up. Memcached's budget is its slab memory (`-m`);"
                + " Redis's is `maxmemory`, which counts its hash table too. Slab automove works on wall-clock time, so it"
                + " moves fewer pages the faster the requests come.)\n");
    }

    private static String windows(Curve curve, int phase) {
        return String.join(" · ", curve.windows().stream().filter(w -> w.phase() == phase).map(w -> percent(w.hitRatio())).toList());
    }

    private static Optional<Measured> find(List<Measured> measured, String server, Layout layout, int size) {
        return measured.stream().filter(m -> m.server().equals(server) && m.layout() == layout && m.valueSize() == size).findFirst();
    }

    private interface OperationAndSize {
        void accept(String operation, int size);
    }

    private static void forEachOperation(OperationAndSize row) {
        for (String operation : List.of("get", "set")) {
            for (int size : VerdictRunner.VALUE_SIZES) {
                row.accept(operation, size);
            }
        }
    }

    static String operationName(String operation, int size) {
        return operation.toUpperCase(Locale.ROOT) + ' ' + size(size);
    }

    static String size(int bytes) {
        return bytes >= 1_024 && bytes % 1_024 == 0 ? bytes / 1_024 + " KB" : String.format(Locale.ROOT, "%,d B", bytes);
    }

    private static String sizes(List<Integer> sizes) {
        return String.join(", ", sizes.stream().map(VerdictReport::size).toList());
    }

    private static String perItem(Measured measured) {
        return String.format(Locale.ROOT, "%,.0f (%.2f× its %,d B)", measured.allocatedPerItem(), measured.overhead(), measured.ownBytes());
    }

    private static String twoCounts(Measured measured) {
        return bytes(measured.allocatedPerItem()) + " / " + bytes(measured.secondPerItem());
    }

    private static String bytes(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String percent(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
    }

    private static String floorText(Floor floor) {
        return number(floor.averageMicros()) + (floor.misses() > 0 ? " (" + floor.misses() + " misses: not comparable)" : "");
    }

    private static String percentile(Percentile p) {
        return number(p.all()) + " (" + number(p.lowest()) + "–" + number(p.highest()) + ")";
    }

    static String withError(Score score) {
        return number(score.value()) + " ± " + number(score.error());
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : value >= 10 ? "%.1f" : value >= 1 ? "%.2f" : "%.3f", value);
    }
}

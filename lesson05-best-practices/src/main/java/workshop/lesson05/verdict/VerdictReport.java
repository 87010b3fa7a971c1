package workshop.lesson05.verdict;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openjdk.jmh.results.RunResult;

import workshop.lesson05.verdict.MemoryPerItem.Measured;
import workshop.lesson05.verdict.ServerFloor.Floor;

/** The comparison's numbers, and the tables a reader compares them in. */
final class VerdictReport {

    /** One JMH figure: its score and its 99.9% confidence interval's half-width. */
    record Score(double value, double error) {
    }

    static final List<String> STORES = List.of("redis", "memcached");

    private final Collection<RunResult> results;
    private final List<Floor> floors;
    private final List<Measured> memory;
    private final List<String> notes;

    VerdictReport(Collection<RunResult> results, List<Floor> floors, List<Measured> memory, List<String> notes) {
        this.results = results;
        this.floors = floors;
        this.memory = memory;
        this.notes = notes;
    }

    Optional<Score> score(String benchmark, String store, int valueSize, int threads) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith("." + benchmark))
                .filter(result -> result.getParams().getParam("store").equals(store))
                .filter(result -> Integer.parseInt(result.getParams().getParam("valueSize")) == valueSize)
                .filter(result -> result.getParams().getThreads() == threads)
                .findFirst()
                .map(result -> new Score(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()));
    }

    Optional<Score> latency(String store, String operation, int valueSize) {
        return score("VerdictLatencyBenchmark." + operation, store, valueSize, 1);
    }

    Optional<Floor> floor(String store, String operation, int valueSize) {
        String tool = store.equals("redis") ? "redis-benchmark" : "memaslap";
        return floors.stream().filter(floor -> floor.tool().equals(tool) && floor.operation().equals(operation)
                && floor.valueSize() == valueSize).findFirst();
    }

    List<Measured> memory() {
        return memory;
    }

    String render(String machine, String mode) {
        StringBuilder out = new StringBuilder();
        out.append("# Redis vs Memcached, measured\n\n").append(machine).append('\n').append(mode).append("\n\n");

        out.append("## One request at a time (1 thread, 1 connection), µs per operation\n\n");
        out.append("| operation | Redis (Jedis) | redis-benchmark | Jedis ÷ tool | Memcached (spymemcached) | memaslap | spymemcached ÷ tool | Redis ÷ Memcached |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String operation : List.of("get", "set")) {
            for (int size : VerdictRunner.VALUE_SIZES) {
                Optional<Score> redis = latency("redis", operation, size);
                Optional<Score> memcached = latency("memcached", operation, size);
                Optional<Floor> redisFloor = floor("redis", operation, size);
                Optional<Floor> memcachedFloor = floor("memcached", operation, size);
                out.append("| ").append(operation.toUpperCase(Locale.ROOT)).append(' ').append(size(size)).append(" | ")
                        .append(redis.map(VerdictReport::withError).orElse("–")).append(" | ")
                        .append(redisFloor.map(floor -> number(floor.averageMicros())).orElse("–")).append(" | ")
                        .append(ratio(redis, redisFloor)).append(" | ")
                        .append(memcached.map(VerdictReport::withError).orElse("–")).append(" | ")
                        .append(memcachedFloor.map(floor -> number(floor.averageMicros())
                                + (floor.misses() > 0 ? " (" + floor.misses() + " misses: not comparable)" : "")).orElse("–")).append(" | ")
                        .append(ratio(memcached, memcachedFloor)).append(" | ")
                        .append(redis.isPresent() && memcached.isPresent()
                                ? String.format(Locale.ROOT, "%.2f", redis.get().value() / memcached.get().value()) : "–")
                        .append(" |\n");
            }
        }
        score("VerdictLatencyBenchmark.get", "noop", 100, 1).ifPresent(noop -> out.append(String.format(Locale.ROOT,
                "%nBaseline: the same call through the same interface to no server at all takes %s µs.%n", withError(noop))));

        out.append("\n## Ten values (100 B each), µs per batch\n\n| store | one round trip (MGET / multi-get) | ten GETs in a row | ratio |\n|---|---:|---:|---:|\n");
        for (String store : STORES) {
            Optional<Score> many = score("VerdictBatchBenchmark.getMany", store, 100, 1);
            Optional<Score> oneByOne = score("VerdictBatchBenchmark.getOneByOne", store, 100, 1);
            out.append("| ").append(name(store)).append(" | ").append(many.map(VerdictReport::withError).orElse("–"))
                    .append(" | ").append(oneByOne.map(VerdictReport::withError).orElse("–")).append(" | ")
                    .append(many.isPresent() && oneByOne.isPresent()
                            ? String.format(Locale.ROOT, "%.1f× faster", oneByOne.get().value() / many.get().value()) : "–")
                    .append(" |\n");
        }

        out.append("\n## Throughput by client threads (GET 100 B, one connection per thread), operations per ms\n\n| store |");
        VerdictRunner.THREADS.forEach(threads -> out.append(' ').append(threads).append(threads == 1 ? " thread |" : " threads |"));
        out.append(" 16 threads ÷ 1 |\n|---|");
        VerdictRunner.THREADS.forEach(threads -> out.append("---:|"));
        out.append("---:|\n");
        for (String store : STORES) {
            out.append("| ").append(name(store)).append(" |");
            VerdictRunner.THREADS.forEach(threads -> out.append(' ')
                    .append(score("VerdictThroughputBenchmark.get", store, 100, threads).map(VerdictReport::withError).orElse("–")).append(" |"));
            Optional<Score> one = score("VerdictThroughputBenchmark.get", store, 100, 1);
            Optional<Score> sixteen = score("VerdictThroughputBenchmark.get", store, 100, 16);
            out.append(' ').append(one.isPresent() && sixteen.isPresent()
                    ? String.format(Locale.ROOT, "%.1f×", sixteen.get().value() / one.get().value()) : "–").append(" |\n");
        }

        if (!memory.isEmpty()) {
            out.append("\n## Memory per item, from each server's own stats\n\n| value size | items | Redis, bytes per item | Memcached, bytes per item | Redis ÷ Memcached |\n|---|---:|---:|---:|---:|\n");
            for (int size : VerdictRunner.VALUE_SIZES) {
                Optional<Measured> redis = memory.stream().filter(m -> m.server().equals("Redis") && m.valueSize() == size).findFirst();
                Optional<Measured> memcached = memory.stream().filter(m -> m.server().equals("Memcached") && m.valueSize() == size).findFirst();
                out.append("| ").append(size(size)).append(" | ").append(String.format(Locale.ROOT, "%,d", MemoryPerItem.itemsFor(size)))
                        .append(" | ").append(redis.map(VerdictReport::perItem).orElse("–"))
                        .append(" | ").append(memcached.map(VerdictReport::perItem).orElse("–"))
                        .append(" | ").append(redis.isPresent() && memcached.isPresent()
                                ? String.format(Locale.ROOT, "%.2f", redis.get().bytesPerItem() / memcached.get().bytesPerItem()) : "–")
                        .append(" |\n");
            }
            out.append("\n(Redis: `used_memory`; Memcached: `total_malloced`, the slab memory it took, plus `hash_bytes`, its hash table;"
                    + " each read before and after writing, on a server that started empty.)\n");
        }
        notes.forEach(note -> out.append("\nNote: ").append(note).append('\n'));
        return out.toString();
    }

    static String name(String store) {
        return store.equals("redis") ? "Redis (Jedis)" : "Memcached (spymemcached)";
    }

    static String size(int bytes) {
        return bytes >= 1_024 ? bytes / 1_024 + " KB" : bytes + " B";
    }

    private static String perItem(Measured measured) {
        return String.format(Locale.ROOT, "%,.0f (%.2f× its %,d B)", measured.bytesPerItem(), measured.overhead(), measured.ownBytes());
    }

    /** A floor whose tool missed keys measured shorter answers than the client did: no ratio. */
    private static String ratio(Optional<Score> client, Optional<Floor> floor) {
        return client.isPresent() && floor.isPresent() && floor.get().misses() == 0
                ? String.format(Locale.ROOT, "%.2f", client.get().value() / floor.get().averageMicros()) : "–";
    }

    private static String withError(Score score) {
        return number(score.value()) + " ± " + number(score.error());
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : value >= 10 ? "%.1f" : value >= 1 ? "%.2f" : "%.3f", value);
    }
}

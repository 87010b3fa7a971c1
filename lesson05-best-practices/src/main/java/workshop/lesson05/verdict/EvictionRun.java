package workshop.lesson05.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import redis.clients.jedis.RedisClient;

import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * Which server keeps more of the hot set at the same memory budget? A cache-aside workload — GET, and on a miss
 * SET — with Zipf-distributed keys, first with one mix of value sizes, then with every key's value grown (the
 * shift that leaves Memcached's pages in the wrong slab classes: "slab calcification"). The hit ratio of each
 * window comes from the server's own counters (Redis {@code keyspace_hits}/{@code keyspace_misses}, Memcached
 * {@code get_hits}/{@code get_misses}), never from a clock. Both servers get the same requests in the same
 * order, through the same raw-socket client, 100 requests per pipelined batch.
 */
final class EvictionRun {

    /** A server set up with a memory budget and an eviction policy. */
    enum Policy {
        REDIS_LRU("Redis allkeys-lru"),
        REDIS_LFU("Redis allkeys-lfu"),
        MEMCACHED_AUTOMOVE("Memcached, slab automove on (its default)"),
        MEMCACHED_NO_AUTOMOVE("Memcached, slab automove off");

        private final String label;

        Policy(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean isRedis() {
            return this == REDIS_LRU || this == REDIS_LFU;
        }
    }

    /**
     * The workload: how many distinct keys, the value sizes before and after the shift, requests per phase,
     * windows per phase, and the memory budget in MB.
     */
    record Plan(int keys, List<Integer> sizesBefore, List<Integer> sizesAfter, int requestsPerPhase, int windowsPerPhase,
                int budgetMegabytes) {

        /** The value size of the key of this rank in this phase (0: before the shift, 1: after). */
        int valueSize(int rank, int phase) {
            List<Integer> sizes = phase == 0 ? sizesBefore : sizesAfter;
            return sizes.get(Math.floorMod(Integer.hashCode(rank * 0x9E3779B1), sizes.size()));
        }
    }

    /** One window of requests: its hit ratio from the server's counters, evictions, and SETs the server refused. */
    record Window(int phase, int index, long requests, double hitRatio, long evictions, long refusedSets) {
    }

    /** One policy's hit ratio over time, at one α. */
    record Curve(Policy policy, double alpha, List<Window> windows) {

        double meanHitRatio(int phase) {
            return windows.stream().filter(w -> w.phase() == phase).skip(1) // the first window of a phase is warm-up
                    .mapToDouble(Window::hitRatio).average().orElse(Double.NaN);
        }
    }

    private static final int BATCH = 100;
    private static final long SEED = 16;

    private EvictionRun() {
    }

    /** The quick run's and the full run's workload; both use a 64 MB budget. */
    static Plan plan(boolean full) {
        return new Plan(300_000, List.of(200, 1_000, 4_000), List.of(6_000, 12_000), full ? 1_000_000 : 200_000, 5, 64);
    }

    static Curve run(Policy policy, double alpha, Plan plan) {
        try (Servers servers = new Servers()) {
            if (policy.isRedis()) {
                RedisServer redis = servers.redis(RedisConfig.defaults()
                        .maxmemory(plan.budgetMegabytes() + "mb", policy == Policy.REDIS_LRU ? "allkeys-lru" : "allkeys-lfu"));
                CorePinning.pinServers();
                try (RedisClient stats = redis.newClient();
                     RawSocketStore client = new RawSocketStore(WireProtocol.RESP, redis.address(), redis.namespace())) {
                    return drive(policy, alpha, plan, client, () -> redisCounters(stats));
                }
            }
            MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(plan.budgetMegabytes())
                    .withArguments("-o", policy == Policy.MEMCACHED_AUTOMOVE ? "slab_reassign,slab_automove=1" : "slab_reassign,slab_automove=0"));
            CorePinning.pinServers();
            try (RawSocketStore client = new RawSocketStore(WireProtocol.MEMCACHED_TEXT, memcached.address(), memcached.namespace())) {
                return drive(policy, alpha, plan, client,
                        () -> MemcachedStats.read(memcached, "get_hits", "get_misses", "evictions").entrySet().stream()
                                .collect(java.util.stream.Collectors.toMap(e -> rename(e.getKey()), Map.Entry::getValue)));
            }
        }
    }

    /** The counters as hits, misses, evictions. */
    interface Counters {
        Map<String, Long> read();
    }

    static Curve drive(Policy policy, double alpha, Plan plan, RawSocketStore client, Counters counters) {
        ZipfSampler zipf = new ZipfSampler(plan.keys(), alpha, SEED);
        List<Window> windows = new ArrayList<>();
        int perWindow = plan.requestsPerPhase() / plan.windowsPerPhase();
        for (int phase = 0; phase < 2; phase++) {
            for (int window = 0; window < plan.windowsPerPhase(); window++) {
                Map<String, Long> before = counters.read();
                long refused = 0;
                for (int done = 0; done < perWindow; done += BATCH) {
                    refused += batch(zipf, plan, phase, Math.min(BATCH, perWindow - done), client);
                }
                Map<String, Long> after = counters.read();
                long hits = after.get("hits") - before.get("hits");
                long misses = after.get("misses") - before.get("misses");
                windows.add(new Window(phase, window, perWindow, hitRatio(hits, misses),
                        after.get("evictions") - before.get("evictions"), refused));
            }
        }
        return new Curve(policy, alpha, windows);
    }

    static double hitRatio(long hits, long misses) {
        return hits + misses == 0 ? Double.NaN : (double) hits / (hits + misses);
    }

    /** One pipelined batch of GETs, then one of SETs for the keys that missed (cache-aside); SETs refused. */
    private static int batch(ZipfSampler zipf, Plan plan, int phase, int size, RawSocketStore client) {
        List<String> keys = new ArrayList<>(size);
        List<Integer> ranks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int rank = zipf.next();
            ranks.add(rank);
            // After the shift the keys are new ones: the old items are dead weight the server must evict to make
            // room, and a hit on the server's counters is always a value of the right size.
            keys.add("z" + phase + ":" + rank);
        }
        List<byte[]> found = client.getEach(keys);
        List<String> missed = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (found.get(i) == null) {
                missed.add(keys.get(i));
                values.add(ValueBytes.of(plan.valueSize(ranks.get(i), phase)));
            }
        }
        return missed.isEmpty() ? 0 : missed.size() - client.setEach(missed, values);
    }

    private static Map<String, Long> redisCounters(RedisClient redis) {
        Map<String, Long> counters = new java.util.HashMap<>();
        redis.info("stats").lines().forEach(line -> {
            if (line.startsWith("keyspace_hits:")) {
                counters.put("hits", Long.parseLong(line.substring("keyspace_hits:".length()).trim()));
            } else if (line.startsWith("keyspace_misses:")) {
                counters.put("misses", Long.parseLong(line.substring("keyspace_misses:".length()).trim()));
            } else if (line.startsWith("evicted_keys:")) {
                counters.put("evictions", Long.parseLong(line.substring("evicted_keys:".length()).trim()));
            }
        });
        if (counters.size() != 3) {
            throw new IllegalStateException("INFO stats lacks keyspace_hits, keyspace_misses or evicted_keys: " + counters);
        }
        return counters;
    }

    private static String rename(String memcachedStat) {
        return switch (memcachedStat) {
            case "get_hits" -> "hits";
            case "get_misses" -> "misses";
            default -> memcachedStat;
        };
    }

    /** One random value per size, shared: neither server compresses, so sharing the bytes changes nothing. */
    private static final class ValueBytes {
        private static final Map<Integer, byte[]> BY_SIZE = new java.util.concurrent.ConcurrentHashMap<>();

        static byte[] of(int size) {
            return BY_SIZE.computeIfAbsent(size, Payloads::value);
        }
    }
}

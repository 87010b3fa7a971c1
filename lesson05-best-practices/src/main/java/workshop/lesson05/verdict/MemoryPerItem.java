package workshop.lesson05.verdict;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;

/**
 * How many bytes of server memory one cached item costs, each server's two kinds of count, read before and after
 * writing the items on a server that started empty:
 * <ul>
 *   <li>Redis: {@code used_memory} (what its allocator handed out, its hash table included) and
 *       {@code used_memory_rss} (what the process holds from the OS: the allocator's fragmentation too);</li>
 *   <li>Memcached: {@code total_malloced} + {@code hash_bytes} (the slab pages it took, so its per-class rounding
 *       counts, and its hash table) and {@code bytes} (what its items use: header, key and value).</li>
 * </ul>
 * Items as Redis strings, as Redis hashes of {@link #BUCKET} fields (the bucketing trick: a small hash is kept as
 * one compact listpack), or as Memcached items. Only on servers the workshop started: another's data would blur
 * the difference, and we never write into it.
 */
public final class MemoryPerItem {

    /** Fields per hash when items are bucketed: below Redis's hash-max-listpack-entries (128). */
    public static final int BUCKET = 100;
    /** Writes in flight at once: a bounded window, so that a slow machine slows the fill instead of failing it. */
    static final int WINDOW = 500;

    /** How items are laid out in the server. */
    public enum Layout {
        STRINGS("one key each"), HASHES("bucketed, " + BUCKET + " per hash"), ITEMS("one item each");

        private final String description;

        Layout(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * Bytes per item by the server's two counts (Redis: used_memory, used_memory_rss; Memcached: slab pages and
     * hash table, bytes in items), and the item's own bytes (key and value) for scale.
     */
    public record Measured(String server, Layout layout, int valueSize, int items, double allocatedPerItem,
                           double secondPerItem, int ownBytes, String encoding) {

        /** Server memory per byte the application stored, by the first count. */
        public double overhead() {
            return allocatedPerItem / ownBytes;
        }
    }

    private MemoryPerItem() {
    }

    /** About 10–50 MB per measurement: large enough that fixed costs vanish, small enough to be quick. */
    public static int itemsFor(int valueSize) {
        return valueSize <= 1_000 ? 100_000 : Math.max(500, 50_000_000 / valueSize);
    }

    public static Measured redis(RedisServer server, int valueSize, int items) {
        return redis(server, valueSize, items, Layout.STRINGS);
    }

    public static Measured redis(RedisServer server, int valueSize, int items, Layout layout) {
        requireOwned(server.isOwned(), server);
        byte[] value = Payloads.value(valueSize);
        try (RedisClient redis = server.newClient()) {
            Map<String, Long> before = redisMemory(redis);
            for (int first = 0; first < items; first += WINDOW) {
                try (AbstractPipeline pipeline = redis.pipelined()) {
                    for (int i = first; i < Math.min(items, first + WINDOW); i++) {
                        if (layout == Layout.HASHES) {
                            pipeline.hset(bytes(server.namespace() + bucketKey(valueSize, i)), bytes(Integer.toString(i % BUCKET)), value);
                        } else {
                            pipeline.set(bytes(server.namespace() + key(valueSize, i)), value);
                        }
                    }
                }
            }
            Map<String, Long> after = redisMemory(redis);
            String encoding = redis.objectEncoding(server.namespace() + (layout == Layout.HASHES ? bucketKey(valueSize, 0) : key(valueSize, 0)));
            return new Measured("Redis", layout, valueSize, items,
                    (double) (after.get("used_memory") - before.get("used_memory")) / items,
                    (double) (after.get("used_memory_rss") - before.get("used_memory_rss")) / items, ownBytes(valueSize, items), encoding);
        }
    }

    public static Measured memcached(MemcachedServer server, int valueSize, int items) {
        requireOwned(server.isOwned(), server);
        byte[] value = Payloads.value(valueSize);
        // The raw client fills: pipelined batches of WINDOW sets, each answered before the next, 10 s per answer.
        try (RawSocketStore memcached = new RawSocketStore(WireProtocol.MEMCACHED_TEXT, server.address(), server.namespace())) {
            Map<String, Long> before = memcachedMemory(server);
            for (int first = 0; first < items; first += WINDOW) {
                List<String> keys = new ArrayList<>(WINDOW);
                List<byte[]> values = new ArrayList<>(WINDOW);
                for (int i = first; i < Math.min(items, first + WINDOW); i++) {
                    keys.add(key(valueSize, i));
                    values.add(value);
                }
                if (memcached.setEach(keys, values) != keys.size()) {
                    throw new IllegalStateException("Memcached refused a write (is it too small for the measurement?)");
                }
            }
            Map<String, Long> after = memcachedMemory(server);
            long pages = after.get("total_malloced") + after.get("hash_bytes") - before.get("total_malloced") - before.get("hash_bytes");
            return new Measured("Memcached", Layout.ITEMS, valueSize, items, (double) pages / items,
                    (double) (after.get("bytes") - before.get("bytes")) / items, ownBytes(valueSize, items), "slab class");
        }
    }

    static String key(int valueSize, int i) {
        return "memory:" + valueSize + ":" + i;
    }

    /** The hash that holds item i when items are bucketed: the key without its last two digits. */
    static String bucketKey(int valueSize, int i) {
        return "memory:" + valueSize + ":" + i / BUCKET;
    }

    /** The key as this class writes it (without a namespace) and the value, for a typical item. */
    static int ownBytes(int valueSize, int items) {
        return key(valueSize, items / 2).length() + valueSize;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    /** used_memory and used_memory_rss; Redis refreshes the RSS figure in its cron (every 100 ms): wait for one. */
    private static Map<String, Long> redisMemory(RedisClient redis) {
        waitForRedisCron();
        Map<String, Long> fields = new java.util.HashMap<>();
        redis.info("memory").lines().forEach(line -> {
            for (String name : List.of("used_memory", "used_memory_rss")) {
                if (line.startsWith(name + ":")) {
                    fields.put(name, Long.parseLong(line.substring(name.length() + 1).trim()));
                }
            }
        });
        if (fields.size() != 2) {
            throw new IllegalStateException("INFO memory lacks used_memory or used_memory_rss: " + fields);
        }
        return fields;
    }

    private static void waitForRedisCron() {
        try {
            TimeUnit.MILLISECONDS.sleep(300); // deliberate: three of Redis's 100 ms cron ticks, so used_memory_rss is fresh
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Redis's stats", e);
        }
    }

    private static Map<String, Long> memcachedMemory(MemcachedServer server) {
        return MemcachedStats.read(server, "total_malloced", "hash_bytes", "bytes");
    }

    private static void requireOwned(boolean owned, Object server) {
        if (!owned) {
            throw new IllegalArgumentException("Memory is measured only on a server the workshop started, not on " + server);
        }
    }
}

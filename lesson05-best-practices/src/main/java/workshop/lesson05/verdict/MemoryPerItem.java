package workshop.lesson05.verdict;

import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;

/**
 * How many bytes of server memory one cached item costs, read from each server's own accounting before and after
 * writing the items: Redis's {@code used_memory} (what its allocator holds, its hash table included), Memcached's
 * {@code total_malloced} (the slab pages it took, so its per-size-class rounding counts too) plus its
 * {@code hash_bytes} (its hash table, which is not in the slabs). Only on servers the workshop started: another's
 * data would blur the difference, and we never write into it.
 */
public final class MemoryPerItem {

    /** Bytes per item, and the item's own bytes (key and value) for scale. */
    public record Measured(String server, int valueSize, int items, double bytesPerItem, int ownBytes) {

        /** Server memory per byte the application stored. */
        public double overhead() {
            return bytesPerItem / ownBytes;
        }
    }

    private MemoryPerItem() {
    }

    /** About 10–50 MB per measurement: large enough that fixed costs vanish, small enough to be quick. */
    public static int itemsFor(int valueSize) {
        return valueSize <= 1_000 ? 100_000 : Math.max(500, 50_000_000 / valueSize);
    }

    public static Measured redis(RedisServer server, int valueSize) {
        requireOwned(server.isOwned(), server);
        int items = itemsFor(valueSize);
        byte[] value = Payloads.value(valueSize);
        try (RedisClient redis = server.newClient()) {
            long before = usedMemory(redis);
            for (int first = 0; first < items; first += 1_000) {
                try (AbstractPipeline pipeline = redis.pipelined()) {
                    for (int i = first; i < Math.min(items, first + 1_000); i++) {
                        pipeline.set(key(server.namespace(), valueSize, i).getBytes(StandardCharsets.UTF_8), value);
                    }
                }
            }
            long after = usedMemory(redis);
            return new Measured("Redis", valueSize, items, (double) (after - before) / items, ownBytes(valueSize));
        }
    }

    public static Measured memcached(MemcachedServer server, int valueSize) {
        requireOwned(server.isOwned(), server);
        int items = itemsFor(valueSize);
        byte[] value = Payloads.value(valueSize);
        MemcachedClient memcached = server.newClient();
        try {
            long before = memcachedBytes(memcached);
            List<Future<Boolean>> writes = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                writes.add(memcached.set(key(server.namespace(), valueSize, i), 0, value, MemcachedStore.RawBytes.INSTANCE));
                if (writes.size() == 1_000) {
                    awaitAll(writes);
                }
            }
            awaitAll(writes);
            long after = memcachedBytes(memcached);
            return new Measured("Memcached", valueSize, items, (double) (after - before) / items, ownBytes(valueSize));
        } finally {
            memcached.shutdown();
        }
    }

    private static String key(String namespace, int valueSize, int i) {
        return namespace + "memory:" + valueSize + ":" + i;
    }

    /** The key as this class writes it (without a namespace) and the value. */
    private static int ownBytes(int valueSize) {
        return ("memory:" + valueSize + ":" + itemsFor(valueSize) / 2).length() + valueSize;
    }

    private static long usedMemory(RedisClient redis) {
        return redis.info("memory").lines().filter(line -> line.startsWith("used_memory:"))
                .map(line -> Long.parseLong(line.substring("used_memory:".length()).trim()))
                .findFirst().orElseThrow(() -> new IllegalStateException("INFO memory has no used_memory"));
    }

    /** Slab memory plus the hash table: the two places Memcached keeps items. */
    private static long memcachedBytes(MemcachedClient memcached) {
        return stat(memcached.getStats("slabs"), "total_malloced") + stat(memcached.getStats(), "hash_bytes");
    }

    private static long stat(Map<SocketAddress, Map<String, String>> stats, String name) {
        return stats.values().stream().mapToLong(node -> {
            String value = node.get(name);
            if (value == null) {
                throw new IllegalStateException("Memcached's stats have no " + name + ": " + node.keySet());
            }
            return Long.parseLong(value);
        }).sum();
    }

    private static void requireOwned(boolean owned, Object server) {
        if (!owned) {
            throw new IllegalArgumentException("Memory is measured only on a server the workshop started, not on " + server);
        }
    }

    private static void awaitAll(List<Future<Boolean>> writes) {
        try {
            for (Future<Boolean> write : writes) {
                if (!write.get(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Memcached refused a write (is it too small for the measurement?)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing", e);
        } catch (Exception e) {
            throw new IllegalStateException("A write failed", e);
        }
        writes.clear();
    }
}

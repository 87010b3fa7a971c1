package workshop.lesson03;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.DefaultHashAlgorithm;
import net.spy.memcached.MemcachedClient;

import workshop.support.servers.MemcachedServer;

/**
 * Exercise 3.6: Memcached servers do not talk to each other; the client decides which node holds each key.
 * Modulo hashing ({@code hash % nodes}) moves most keys when a node is added or removed (two in three, from 3
 * nodes to 2) — a cold cache almost everywhere at once. Consistent hashing (Ketama) places nodes and keys on a ring, and moves only the keys of
 * the node that left.
 */
public final class Distribution {

    private Distribution() {
    }

    /** A client that spreads keys over the nodes with Ketama consistent hashing. */
    public static MemcachedClient ketamaClient(List<MemcachedServer> nodes) {
        return MemcachedServer.newClient(nodes, new ConnectionFactoryBuilder()
                .setHashAlg(DefaultHashAlgorithm.KETAMA_HASH)
                .setDaemon(true));
    }

    /** The node (0 to nodeCount - 1) that naive modulo hashing picks for a key. */
    public static int moduloNode(String key, int nodeCount) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % nodeCount);
    }
}

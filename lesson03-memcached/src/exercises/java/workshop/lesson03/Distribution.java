package workshop.lesson03;

import java.util.List;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;
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

    /**
     * A client that spreads keys over the nodes with Ketama consistent hashing:
     * {@code MemcachedServer.newClient(nodes, new ConnectionFactoryBuilder()...)} with
     * {@code DefaultHashAlgorithm.KETAMA_HASH} and {@code Locator.CONSISTENT}.
     */
    public static MemcachedClient ketamaClient(List<MemcachedServer> nodes) {
        throw Todo.exercise("3.6", "implement Distribution.ketamaClient(nodes): a Ketama, consistent-hashing client");
    }

    /** The node (0 to nodeCount - 1) that naive modulo hashing picks: the key's CRC32 modulo nodeCount. */
    public static int moduloNode(String key, int nodeCount) {
        throw Todo.exercise("3.6", "implement Distribution.moduloNode(key, nodeCount) with CRC32 modulo");
    }
}

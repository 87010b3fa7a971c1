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
     * A client over these nodes that places keys by consistent hashing (Ketama), so that a node leaving moves only
     * its own keys. README: "Exercise 3.6"; hints: {@code hints/3.6.md}.
     */
    public static MemcachedClient ketamaClient(List<MemcachedServer> nodes) {
        throw Todo.exercise("3.6", "implement Distribution.ketamaClient(nodes): a client that places keys by consistent hashing");
    }

    /** The node (0 to nodeCount - 1) that naive modulo hashing picks for a key, to compare with. */
    public static int moduloNode(String key, int nodeCount) {
        throw Todo.exercise("3.6", "implement Distribution.moduloNode(key, nodeCount): a hash of the key modulo the node count");
    }
}

package workshop.lesson03;

import net.spy.memcached.MemcachedClient;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;

/**
 * The classic first example: connect, {@code set("key", 10, "value")}, {@code get("key")}, and say what came
 * back. Run it as the lesson's README shows; a test runs the same {@link #setThenGet} against a real Memcached.
 */
public final class FirstExample {

    private FirstExample() {
    }

    // tag::first-example[]
    /** Stores a value for 10 seconds, reads it back, and says whether the read was a hit. */
    static String setThenGet(MemcachedClient memcached, String key) throws Exception {
        // set is asynchronous: get() waits for the server's answer
        memcached.set(key, 10, "Hello from Memcached!").get();
        Object cached = memcached.get(key);
        return cached != null ? "Cached data: " + cached : "Cache miss";
    }
    // end::first-example[]

    /** Reads a key that was never written: a miss. */
    static String get(MemcachedClient memcached, String key) {
        Object cached = memcached.get(key);
        return cached != null ? "Cached data: " + cached : "Cache miss";
    }

    public static void main(String[] args) throws Exception {
        try (Servers servers = new Servers()) {
            MemcachedServer server = servers.memcached();
            MemcachedClient memcached = server.newClient();
            try {
                System.out.println("Connected to " + server);
                System.out.println(setThenGet(memcached, server.namespace() + "greeting"));
                System.out.println(get(memcached, server.namespace() + "never-written"));
            } finally {
                memcached.shutdown();
            }
        }
    }
}

package workshop.lesson05.verdict;

import java.util.concurrent.ThreadLocalRandom;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import workshop.support.servers.Servers;

/**
 * One server and one client per fork, both set up the same way: a fresh Redis or Memcached started by
 * workshop-support, never one from the environment (Memcached given 1 GB, so no value is ever evicted), {@link #CONNECTIONS}
 * connections, and every key written once with the value size under test before measuring. The clients are named
 * in {@link Stores}.
 */
@State(Scope.Benchmark)
public class StoreState {

    /** As many connections as the most threads measured, for both servers. */
    public static final int CONNECTIONS = 16;

    @Param({"jedis", "lettuce", "raw-redis", "spymemcached", "raw-memcached"})
    public String store;

    @Param({"100", "10240", "102400"})
    public int valueSize;

    Servers servers;
    KeyValueStore client;
    byte[] value;

    @Setup(Level.Trial)
    public void start() {
        servers = new Servers();
        client = Stores.open(store, servers, CONNECTIONS, valueSize);
        // In the fork: the server it just started goes to a core of its own, away from this load generator.
        CorePinning.pinServers();
        value = Payloads.value(valueSize);
        for (int i = 0; i < Payloads.KEYS; i++) {
            client.set(Payloads.key(i), value);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        servers.close();
    }

    /** Each thread walks the keys in turn, from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {

        private int next = ThreadLocalRandom.current().nextInt(Payloads.KEYS);

        String nextKey() {
            next = (next + 1) % Payloads.KEYS;
            return Payloads.key(next);
        }

        int nextIndex() {
            next = (next + 1) % Payloads.KEYS;
            return next;
        }
    }
}

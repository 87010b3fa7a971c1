package workshop.lesson05.verdict;

import java.util.List;

import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.Servers;

/**
 * The clients the verdict measures, by the name the benchmarks take as a parameter: each server through a blocking
 * and an asynchronous client (the 2×2), and the raw-socket client that speaks both protocols with the same code.
 */
public final class Stores {

    /** Redis through a blocking and an asynchronous client, then Memcached likewise, then the raw floor of each. */
    public static final List<String> CLIENTS = List.of("jedis", "lettuce", "raw-redis", "spymemcached", "raw-memcached");

    private Stores() {
    }

    /** A fresh server of the right kind from {@code servers}, and this client on it. */
    public static KeyValueStore open(String store, Servers servers, int connections, int valueSize) {
        return switch (store) {
            case "jedis" -> new RedisStore(servers.redis(RedisConfig.defaults()), connections);
            case "lettuce" -> new LettuceStore(servers.redis(RedisConfig.defaults()), connections);
            case "raw-redis" -> {
                var redis = servers.redis(RedisConfig.defaults());
                yield new RawSocketStore(WireProtocol.RESP, redis.address(), redis.namespace());
            }
            case "spymemcached" -> new MemcachedStore(servers.memcached(MemcachedConfig.defaults().memoryLimit(1024)), connections);
            case "raw-memcached" -> {
                var memcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(1024));
                yield new RawSocketStore(WireProtocol.MEMCACHED_TEXT, memcached.address(), memcached.namespace());
            }
            case "noop" -> new NoOpStore(Payloads.value(valueSize));
            default -> throw new IllegalArgumentException("unknown store " + store);
        };
    }

    /** The server a store talks to. */
    public static String server(String store) {
        return store.equals("noop") ? "none" : store.equals("jedis") || store.equals("lettuce") || store.equals("raw-redis") ? "Redis" : "Memcached";
    }

    /** How the client waits: blocking (the calling thread reads the socket) or asynchronous (an I/O thread does). */
    public static String design(String store) {
        return store.equals("lettuce") || store.equals("spymemcached") ? "async" : "blocking";
    }

    /** The name a reader sees. */
    public static String label(String store) {
        return switch (store) {
            case "jedis" -> "Redis · Jedis (blocking)";
            case "lettuce" -> "Redis · Lettuce (async)";
            case "raw-redis" -> "Redis · raw socket";
            case "spymemcached" -> "Memcached · spymemcached (async)";
            case "raw-memcached" -> "Memcached · raw socket (blocking)";
            case "noop" -> "no server (baseline)";
            default -> store;
        };
    }
}

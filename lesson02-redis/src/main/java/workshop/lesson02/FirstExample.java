package workshop.lesson02;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * The classic first example: connect, {@code SET key value EX 10}, {@code GET key}, and say what came back.
 * Run it as the lesson's README shows; a test runs the same {@link #setThenGet} against a real Redis.
 */
public final class FirstExample {

    private FirstExample() {
    }

    // tag::first-example[]
    /** Stores a value for 10 seconds, reads it back, and says whether the read was a hit. */
    static String setThenGet(RedisClient redis, String key) {
        redis.set(key, "Hello from Redis!", SetParams.setParams().ex(10));
        String cached = redis.get(key);
        return cached != null ? "Cached data: " + cached : "Cache miss";
    }
    // end::first-example[]

    /** Reads a key that was never written: a miss. */
    static String get(RedisClient redis, String key) {
        String cached = redis.get(key);
        return cached != null ? "Cached data: " + cached : "Cache miss";
    }

    public static void main(String[] args) {
        try (Servers servers = new Servers()) {
            RedisServer server = servers.redis();
            try (RedisClient redis = server.newClient()) {
                System.out.println("Connected to " + server);
                System.out.println(setThenGet(redis, server.namespace() + "greeting"));
                System.out.println(get(redis, server.namespace() + "never-written"));
                System.out.println("TTL of greeting: " + redis.ttl(server.namespace() + "greeting") + " s");
            }
        }
    }
}

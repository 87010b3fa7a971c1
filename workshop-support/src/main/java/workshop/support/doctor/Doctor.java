package workshop.support.doctor;

import java.util.Locale;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.OwnedServerRequiredException;
import workshop.support.servers.RedisServer;
import workshop.support.servers.ServerUnavailableException;
import workshop.support.servers.Servers;

/**
 * Checks that this machine can run the workshop: gets a Redis and a Memcached the way every test will, asks
 * each for its version, and says where it came from. Run it first:
 * {@code ./mvnw -q -pl workshop-support compile exec:java@doctor}
 */
public final class Doctor {

    private Doctor() {
    }

    public static void main(String[] args) {
        try (Servers servers = new Servers()) {
            check("Redis", () -> {
                RedisServer redis = servers.redis();
                try (RedisClient client = redis.newClient()) {
                    String version = client.info("server").lines().filter(line -> line.startsWith("redis_version:"))
                            .findFirst().map(line -> line.substring("redis_version:".length())).orElse("?");
                    return "Redis " + version + " at " + redis.address() + " (" + redis.origin() + ")";
                }
            });
            check("Memcached", () -> {
                MemcachedServer memcached = servers.memcached();
                MemcachedClient client = memcached.newClient();
                try {
                    String version = client.getVersions().values().stream().findFirst().orElse("?");
                    return "Memcached " + version + " at " + memcached.address() + " (" + memcached.origin() + ")";
                } finally {
                    client.shutdown();
                }
            });
            // Said here too, since a build run with -q hides the log: where Docker runs but cannot serve, why not.
            Servers.whyDockerDidNotServe().ifPresent(why -> System.out.println("NOTE Docker was not used. " + why));
        } catch (ServerUnavailableException | OwnedServerRequiredException missing) {
            System.err.println(missing.getMessage());
            System.exit(1);
        }
        System.out.println("Ready: every lesson can run here.");
    }

    private interface Check {
        String run();
    }

    private static void check(String name, Check check) {
        long begin = System.nanoTime();
        String found = check.run();
        System.out.printf(Locale.ROOT, "OK  %s, ready in %d ms%n", found, (System.nanoTime() - begin) / 1_000_000);
    }
}

package workshop.support.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.ServerSnapshot;
import workshop.support.servers.Servers;

/**
 * The README's promise, checked: a learner points {@code REDIS_URL} and {@code MEMCACHED_SERVERS} at servers of
 * their own, holding data of their own, and runs a lesson's whole suite; afterwards both servers hold exactly what
 * they held before. Here the "learner's" servers are two the workshop starts and fills with data; the suite runs in
 * a JVM of its own (see {@link ChildSuite}) with those two in its environment.
 */
public final class SharedServersCheck {

    private static final Logger log = LoggerFactory.getLogger(SharedServersCheck.class);

    /** Snapshots before and after, and the child suite's summary line. */
    public record Result(ServerSnapshot redisBefore, ServerSnapshot redisAfter, ServerSnapshot memcachedBefore,
                         ServerSnapshot memcachedAfter, String suite) {
    }

    private SharedServersCheck() {
    }

    /** Runs every test of {@code testPackage} but {@code self} against a learner's servers, snapshotting them around it. */
    public static Result run(String testPackage, Class<?> self) {
        try (Servers servers = new Servers()) {
            RedisServer redis = servers.redis(RedisConfig.defaults());
            MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());
            seed(redis, memcached);
            ServerSnapshot redisBefore = ServerSnapshot.of(redis);
            ServerSnapshot memcachedBefore = ServerSnapshot.of(memcached);
            String suite = runSuite(testPackage, self, redis, memcached);
            Result result = new Result(redisBefore, ServerSnapshot.of(redis), memcachedBefore, ServerSnapshot.of(memcached), suite);
            log.info("The learner's Redis: {} keys and settings before, {} after; Memcached: {} keys before, {} after",
                    result.redisBefore().size(), result.redisAfter().size(), result.memcachedBefore().size(), result.memcachedAfter().size());
            return result;
        }
    }

    /** What a learner might keep: every type, with and without a TTL, and keys that look like the workshop's own. */
    private static void seed(RedisServer redis, MemcachedServer memcached) {
        try (RedisClient client = redis.newClient()) {
            client.set("owner:precious", "keep me");
            client.set("owner:session", "expires later", SetParams.setParams().ex(3_600));
            client.set("product:42", "{\"name\":\"the learner's own product\"}");
            client.hset("owner:hash", "field", "value");
            client.rpush("owner:list", "a", "b", "c");
            client.sadd("owner:set", "x", "y");
            client.zadd("owner:leaderboard", 1.5, "alice");
            client.set("workshop-test:not-ours", "a key in the workshop's style that a run must still leave alone");
        }
        MemcachedClient client = memcached.newClient();
        try {
            client.set("owner:precious", 0, "keep me").get(2, TimeUnit.SECONDS);
            client.set("owner:session", 3_600, "expires later").get(2, TimeUnit.SECONDS);
            client.set("weather:oslo", 0, "the learner's own weather").get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not seed the learner's Memcached", e);
        } finally {
            client.shutdown();
        }
    }

    private static String runSuite(String testPackage, Class<?> self, RedisServer redis, MemcachedServer memcached) {
        try {
            Path output = Files.createTempFile("shared-servers-check", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ChildSuite.class.getName(), testPackage,
                    "^" + self.getName().replace(".", "\\.") + ".*"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("REDIS_URL", "redis://" + redis.address());
            builder.environment().put("MEMCACHED_SERVERS", memcached.address().toString());
            Process child = builder.start();
            if (!child.waitFor(20, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                throw new IllegalStateException("The suite did not finish within 20 minutes: see " + output);
            }
            String summary = Files.readAllLines(output).stream().filter(line -> line.startsWith(ChildSuite.SUMMARY))
                    .findFirst().orElseThrow(() -> new IllegalStateException("The suite did not run: see " + output));
            log.info("{} (its output: {})", summary, output);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

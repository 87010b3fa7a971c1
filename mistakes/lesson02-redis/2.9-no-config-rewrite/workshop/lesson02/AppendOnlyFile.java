package workshop.lesson02;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;

/**
 * Exercise 2.9: persistence, switched on in a running Redis. With the append-only file (AOF) on, every write is
 * logged to disk and replayed at the next start: the data survives a restart. Off (the default here), a restart
 * starts empty — fine for a pure cache, fatal for anything else you keep in Redis.
 *
 * <p>The trap: CONFIG SET changes only the running server. Its next start reads redis.conf again, where
 * {@code appendonly} is still {@code no}, and ignores the file it wrote. CONFIG REWRITE saves the setting.
 */
public final class AppendOnlyFile {

    private static final Duration REWRITE_TIMEOUT = Duration.ofSeconds(10);

    private AppendOnlyFile() {
    }

    /**
     * Turns the AOF on, for this run and the next ones, and returns once Redis has written its first complete
     * file (until then, a crash would still lose what is in memory).
     */
    public static void enable(RedisClient redis) {
        redis.configSet("appendonly", "yes");
        long deadline = System.nanoTime() + REWRITE_TIMEOUT.toNanos();
        String persistence = redis.info("persistence");
        while (!rewriteFinished(persistence)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Redis did not finish writing its append-only file in " + REWRITE_TIMEOUT);
            }
            pause();
            persistence = redis.info("persistence");
        }
        if (!persistence.contains("aof_last_bgrewrite_status:ok")) {
            throw new IllegalStateException("Redis could not write its append-only file:\n" + persistence);
        }
    }

    private static boolean rewriteFinished(String persistence) {
        return persistence.contains("aof_enabled:1")
                && persistence.contains("aof_rewrite_in_progress:0")
                && persistence.contains("aof_rewrite_scheduled:0");
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the append-only file", e);
        }
    }
}

package workshop.lesson02;

import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.9: persistence, switched on in a running Redis. With the append-only file (AOF) on, every write is
 * logged to disk and replayed at the next start: the data survives a restart. Off (the default here), a restart
 * starts empty — fine for a pure cache, fatal for anything else you keep in Redis.
 */
public final class AppendOnlyFile {

    private AppendOnlyFile() {
    }

    /**
     * CONFIG SET appendonly yes; CONFIG REWRITE (Jedis has no method for it:
     * {@code redis.executeCommand(new CommandArguments(Protocol.Command.CONFIG).add("REWRITE"))}), so that the setting outlives this run (a restart reads redis.conf
     * again); then wait until Redis has written its first complete file: INFO persistence says aof_enabled:1,
     * aof_rewrite_in_progress:0 and aof_rewrite_scheduled:0 — ask every 20 ms or so, give up after about 10 s — and
     * then check aof_last_bgrewrite_status:ok.
     */
    public static void enable(RedisClient redis) {
        throw Todo.exercise("2.9", "implement AppendOnlyFile.enable(redis): CONFIG SET appendonly yes, CONFIG REWRITE, then wait for the file");
    }
}

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
     * Turns the append-only file on, for this run and every later start of this server, and returns only once
     * Redis has written its first complete file (until then, a crash still loses what is in memory).
     * README: "Exercise 2.9".
     */
    public static void enable(RedisClient redis) {
        throw Todo.exercise("2.9", "make AppendOnlyFile.enable(redis) turn persistence on for good (this run and the next starts) and wait until the file is complete");
    }
}

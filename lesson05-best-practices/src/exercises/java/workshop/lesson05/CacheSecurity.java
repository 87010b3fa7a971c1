package workshop.lesson05;

import workshop.support.exercises.Todo;
import workshop.support.servers.RedisConfig;

/**
 * Exercise 5.6, part one: a Redis that gives each user only what it needs. Out of the box, anyone who can reach the
 * port may run any command on any key — FLUSHALL included. Here the default user needs a password (the operator's),
 * and the application's own user may only touch its own keys and channels, with the commands the lesson's patterns use.
 */
public final class CacheSecurity {

    private CacheSecurity() {
    }

    /**
     * The server's config: the default user (the operator) needs a password; the application's user, with its own
     * password, starts from no rights at all and is given only what this lesson's patterns use — a cache's reads,
     * writes, deletes and expiries, the ping a connection pool checks with, 5.4's hash entries, the scripts of 5.3 and
     * 5.8 (run directly or loaded once and run by SHA, but not the power to flush every script), 5.9's invalidations
     * (publish and subscribe), and the server statistics /stats reads — only on keys and channels under its prefix.
     * README: "Exercise 5.6".
     */
    public static RedisConfig hardened(String operatorPassword, String appUser, String appPassword, String keyPrefix) {
        throw Todo.exercise("5.6", "implement CacheSecurity.hardened(...): a password for the default user, a least-privilege ACL user");
    }
}

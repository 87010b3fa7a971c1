package workshop.lesson05;

import workshop.support.exercises.Todo;
import workshop.support.servers.RedisConfig;

/**
 * Exercise 5.6, part one: a Redis that gives each user only what it needs. Out of the box, anyone who can reach the
 * port may run any command on any key — FLUSHALL included. Here the default user needs a password (the operator's),
 * and the application's own user may only read and write its own keys, with the few commands a cache uses.
 */
public final class CacheSecurity {

    private CacheSecurity() {
    }

    /**
     * The server's config: the default user (the operator) needs a password; the application's user, with its own
     * password, starts from no rights at all and is given only what a cache does (read, write, delete, expire, and
     * the ping a connection pool checks with), only on keys under its prefix, and no pub/sub.
     * README: "Exercise 5.6".
     */
    public static RedisConfig hardened(String operatorPassword, String appUser, String appPassword, String keyPrefix) {
        throw Todo.exercise("5.6", "implement CacheSecurity.hardened(...): a password for the default user, a least-privilege ACL user");
    }
}

package workshop.lesson05;

import workshop.support.servers.RedisConfig;

/**
 * Exercise 5.6, part one: a Redis that gives each user only what it needs. Out of the box, anyone who can reach the
 * port may run any command on any key — FLUSHALL included. Here the default user needs a password (the operator's),
 * and the application's own user may only touch its own keys and channels, with the commands the lesson's patterns use.
 */
public final class CacheSecurity {

    private CacheSecurity() {
    }

    /** The server's config: a password for the default user, and an ACL user for the application. */
    public static RedisConfig hardened(String operatorPassword, String appUser, String appPassword, String keyPrefix) {
        return RedisConfig.defaults()
                .requirePass(operatorPassword)
                .aclUser(appUser, "on", ">" + appPassword, // enabled, with this password
                        "resetkeys", "~" + keyPrefix + "*", // only keys under its prefix
                        "resetchannels", "&" + keyPrefix + "*", // only channels under its prefix (5.9's invalidations)
                        "-@all",                            // nothing, then only what the lesson's patterns use:
                        "+get", "+set", "+del", "+pexpire", "+ping", // a cache (PING: the pool checks connections)
                        "+hset", "+hgetall",                // 5.4's entries, stored with their recompute time
                        "+eval", "+evalsha", "+script|load", // 5.3's release, 5.8's store-if-leased; not SCRIPT FLUSH
                        "+publish", "+subscribe", "+unsubscribe", // 5.9's invalidations
                        "+info");                           // /stats (5.5's memory report)
    }
}

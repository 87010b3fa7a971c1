package workshop.support.junit.leaky;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/**
 * A deliberately careless test, for {@code SharedServersCheckIT} only (its name keeps it out of the normal runs):
 * it writes outside its namespace, so its key outlives the run.
 */
@RealServers
class LeavesAKeyBehind {

    @Test
    void writesOutsideItsNamespace(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            client.set("left-behind", "by a careless test");
        }
    }
}

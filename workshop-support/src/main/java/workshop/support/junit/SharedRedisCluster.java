package workshop.support.junit;

import workshop.support.servers.RedisCluster;
import workshop.support.servers.Servers;

/**
 * One Redis Cluster of three primaries for the whole JVM, started on first use, for tests that keep to fresh keys on
 * it; its nodes die with the JVM. It lives here, loaded once, because the mistakes check loads a lesson's tests afresh
 * for every mistake: a cluster held by a test class would start again for each one.
 */
public final class SharedRedisCluster {

    private static RedisCluster cluster;

    private SharedRedisCluster() {
    }

    public static synchronized RedisCluster get() {
        if (cluster == null) {
            Servers servers = new Servers();
            Runtime.getRuntime().addShutdownHook(new Thread(servers::close));
            cluster = servers.redisCluster(3);
        }
        return cluster;
    }
}

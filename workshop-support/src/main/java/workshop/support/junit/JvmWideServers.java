package workshop.support.junit;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RealServer;
import workshop.support.servers.RedisCluster;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * One default Redis, one default Memcached and one Redis Cluster for the whole JVM, instead of one per test class: for the mistakes
 * check, which runs an exercise's test classes once per mistake, so a lesson whose tests work in fresh keys need
 * not start servers dozens of times. Switched on by {@code -Dworkshop.servers.shared=true} (a lesson's pom says
 * whether its tests allow it); the servers die with the JVM, like every server the workshop starts.
 */
final class JvmWideServers {

    static final String SWITCH = "workshop.servers.shared";

    private static Servers servers;
    private static RedisServer redis;
    private static MemcachedServer memcached;
    private static RedisCluster cluster;

    private JvmWideServers() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(SWITCH);
    }

    static synchronized RedisServer redis() {
        if (redis == null) {
            redis = servers().redis();
        }
        return running(redis);
    }

    static synchronized MemcachedServer memcached() {
        if (memcached == null) {
            memcached = servers().memcached();
        }
        return running(memcached);
    }

    /** Three primaries, like a test class's own; its tests keep to fresh keys, so one serves every mistake. */
    static synchronized RedisCluster redisCluster(int primaries) {
        if (cluster == null) {
            cluster = servers().redisCluster(primaries);
        }
        return cluster;
    }

    /** A test may have stopped or killed it: the next class gets it back up, with whatever it still holds. */
    private static <S extends RealServer> S running(S server) {
        if (server.isOwned() && !server.isRunning()) {
            server.start();
        }
        return server;
    }

    private static Servers servers() {
        if (servers == null) {
            servers = new Servers();
        }
        return servers;
    }
}

package workshop.support.servers;

import java.util.concurrent.CountDownLatch;

/**
 * Starts a Redis and a Memcached, prints their process ids and temporary directories, and waits to be killed.
 * Used by {@link NoOrphansIT}.
 */
public final class HoldServersMain {

    private HoldServersMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Servers servers = new Servers();
        RedisServer redis = servers.redis();
        MemcachedServer memcached = servers.memcached();
        System.out.println("PIDS " + redis.pid().orElseThrow() + " " + memcached.pid().orElseThrow());
        System.out.println("DIRS " + ((LocalProcess) redis.process()).directory() + " " + ((LocalProcess) memcached.process()).directory());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}

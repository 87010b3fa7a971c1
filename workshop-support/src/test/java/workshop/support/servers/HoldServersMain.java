package workshop.support.servers;

import java.util.concurrent.CountDownLatch;

/**
 * Starts a Redis and a Memcached the way every test does, prints where they run (process ids and temporary
 * directories for local servers, container ids for containers), and waits to be killed. Used by {@link NoOrphansIT}
 * and by CI's Docker stage.
 */
public final class HoldServersMain {

    private HoldServersMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Servers servers = new Servers();
        RedisServer redis = servers.redis();
        MemcachedServer memcached = servers.memcached();
        if (redis.process() instanceof ContainerProcess redisContainer && memcached.process() instanceof ContainerProcess memcachedContainer) {
            System.out.println("CONTAINERS " + redisContainer.containerId() + " " + memcachedContainer.containerId());
        } else {
            System.out.println("PIDS " + redis.pid().orElseThrow() + " " + memcached.pid().orElseThrow());
            System.out.println("DIRS " + ((LocalProcess) redis.process()).directory() + " " + ((LocalProcess) memcached.process()).directory());
        }
        System.out.flush();
        new CountDownLatch(1).await();
    }
}

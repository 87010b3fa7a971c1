package workshop.lesson04;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;

import workshop.support.junit.SharedRedisCluster;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * Which real store a contract runs against. A test class picks one by implementing {@link Store.Redis},
 * {@link Store.Memcached} or {@link Store.RedisCluster}; the contract's tests then work unchanged on each.
 */
interface Store {

    /** A cache adapter on a real server, with a namespace of its own; close it. */
    record Connection(Cache cache, CacheKeys keys, AutoCloseable client) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            client.close();
        }
    }

    Connection connect(RedisServer redis, MemcachedServer memcached);

    /** An adapter whose server has just been killed. */
    Connection connectToDeadServer(Servers servers);

    static ProductDatabase database() {
        return ProductDatabase.withSampleProducts(100, Duration.ZERO);
    }

    /**
     * The call's result; an exception from it fails the test with what the code must do and what it threw instead (an
     * exercise not done yet is let through as it is: its message names the exercise).
     */
    static <T> T noException(Callable<T> call, String must) {
        try {
            return call.call();
        } catch (UnsupportedOperationException notDoneYet) {
            throw notDoneYet;
        } catch (Exception e) {
            throw new AssertionError(must + "; it threw " + e, e);
        }
    }

    /**
     * What the call threw, or null: for assertions that describe themselves even when nothing is thrown (AssertJ's
     * assertThatThrownBy fails with a bare "Expecting code to raise a throwable"). An exercise not done yet is let
     * through as it is.
     */
    static Throwable thrown(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        if (thrown instanceof UnsupportedOperationException notDoneYet) {
            throw notDoneYet;
        }
        return thrown;
    }

    private static String freshNamespace(String serverNamespace) {
        return serverNamespace + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    interface Redis extends Store {

        @Override
        default Connection connect(RedisServer redis, MemcachedServer memcached) {
            RedisClient client = redis.newClient();
            return new Connection(new RedisCache(client), new CacheKeys(freshNamespace(redis.namespace())), client);
        }

        @Override
        default Connection connectToDeadServer(Servers servers) {
            RedisServer doomed = servers.redis(RedisConfig.defaults());
            RedisClient client = doomed.newClient();
            doomed.kill();
            return new Connection(new RedisCache(client), new CacheKeys(""), client);
        }
    }

    interface Memcached extends Store {

        @Override
        default Connection connect(RedisServer redis, MemcachedServer memcached) {
            MemcachedClient client = memcached.newClient();
            return new Connection(new MemcachedCache(client), new CacheKeys(freshNamespace(memcached.namespace())), client::shutdown);
        }

        @Override
        default Connection connectToDeadServer(Servers servers) {
            MemcachedServer doomed = servers.memcached(MemcachedConfig.defaults());
            MemcachedClient client = doomed.newClient();
            doomed.kill();
            return new Connection(new MemcachedCache(client), new CacheKeys(""), client::shutdown);
        }
    }

    /**
     * A Redis Cluster of three primaries, behind the same {@link RedisCache}: the cluster client sends each command
     * to the node that owns its key's slot (lesson 05 tells the story). One cluster serves every test of the run.
     */
    interface RedisCluster extends Store {

        @Override
        default Connection connect(RedisServer redis, MemcachedServer memcached) {
            RedisClusterClient client = SharedRedisCluster.get().newClient();
            return new Connection(new RedisCache(client), new CacheKeys(freshNamespace("")), client);
        }

        @Override
        default Connection connectToDeadServer(Servers servers) {
            workshop.support.servers.RedisCluster doomed = servers.redisCluster(3);
            RedisClusterClient client = doomed.newClient(); // learns the slot map while the nodes are up
            doomed.primaries().forEach(RedisServer::kill);
            return new Connection(new RedisCache(client), new CacheKeys(""), client);
        }
    }
}

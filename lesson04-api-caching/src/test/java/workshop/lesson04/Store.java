package workshop.lesson04;

import java.time.Duration;
import java.util.UUID;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;

import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * Which real store a contract runs against. A test class picks one by implementing {@link Store.Redis} or
 * {@link Store.Memcached}; the contract's tests then work unchanged on both.
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
}

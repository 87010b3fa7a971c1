package workshop.lesson04;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;

import workshop.support.junit.RealServersExtension;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisCluster;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.testing.FreshNamespace;

/**
 * Which real store a contract runs against. A test class picks one by implementing {@link Store.Redis},
 * {@link Store.Memcached} or {@link Store.OnRedisCluster}; the contract's tests take a {@link Connection} to it
 * (closed after the test) and work unchanged on each. Only that store's server is started: a Redis-only run
 * starts no Memcached.
 */
@ExtendWith(Store.Connections.class)
interface Store {

    /** A cache adapter on a real server, with a namespace of its own; close it. */
    record Connection(Cache cache, CacheKeys keys, AutoCloseable client) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            client.close();
        }
    }

    /** A connection to this store, on the server {@code @RealServers} hands this test class. */
    Connection connect(SharedServers servers);

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

    /** The servers {@code @RealServers} hands the test class, started on first use (only those asked for). */
    interface SharedServers {

        <T> T get(Class<T> type);
    }

    /** Hands a contract's test a {@link Connection} to the store its class picked, and closes it after the test. */
    final class Connections implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Connection.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Store store = (Store) context.getRequiredTestInstance();
            Connection connection = store.connect(new SharedServers() {
                @Override
                public <T> T get(Class<T> type) {
                    return RealServersExtension.server(type, context);
                }
            });
            // The method's store closes what it holds when the test is done, passed or failed.
            context.getStore(ExtensionContext.Namespace.create(Connections.class)).put(connection, connection);
            return connection;
        }
    }

    interface Redis extends Store {

        @Override
        default Connection connect(SharedServers servers) {
            RedisServer redis = servers.get(RedisServer.class);
            RedisClient client = redis.newClient();
            return new Connection(new RedisCache(client), new CacheKeys(FreshNamespace.inside(redis)), client);
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
        default Connection connect(SharedServers servers) {
            MemcachedServer memcached = servers.get(MemcachedServer.class);
            MemcachedClient client = memcached.newClient();
            return new Connection(new MemcachedCache(client), new CacheKeys(FreshNamespace.inside(memcached)), client::shutdown);
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
     * to the node that owns its key's slot (lesson 05 tells the story). One cluster serves the whole test class.
     */
    interface OnRedisCluster extends Store {

        @Override
        default Connection connect(SharedServers servers) {
            RedisClusterClient client = servers.get(RedisCluster.class).newClient();
            return new Connection(new RedisCache(client), new CacheKeys(FreshNamespace.inside("")), client);
        }

        @Override
        default Connection connectToDeadServer(Servers servers) {
            RedisCluster doomed = servers.redisCluster(3);
            RedisClusterClient client = doomed.newClient(); // learns the slot map while the nodes are up
            doomed.primaries().forEach(RedisServer::kill);
            return new Connection(new RedisCache(client), new CacheKeys(""), client);
        }
    }
}

package workshop.lesson04;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import net.spy.memcached.AddrUtil;
import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.FailureMode;
import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * Exercise 4.8: clients that give up fast. A cache exists to save time: when it is down or hung, a request must
 * learn that within a fraction of its budget and go to the origin, not wait seconds for a timeout.
 */
public final class CacheClients {

    /** How long any cache operation may take before the cache counts as unavailable. */
    public static final Duration TIMEOUT = Duration.ofMillis(200);

    private CacheClients() {
    }

    public static RedisClient redis(String host, int port) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxWait(TIMEOUT);
        return RedisClient.builder()
                .hostAndPort(host, port)
                .clientConfig(DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis((int) TIMEOUT.toMillis())
                        .socketTimeoutMillis((int) TIMEOUT.toMillis())
                        .build())
                .poolConfig(pool)
                .build();
    }

    public static MemcachedClient memcached(String addresses) {
        ConnectionFactoryBuilder connection = new ConnectionFactoryBuilder()
                .setOpTimeout(TIMEOUT.toMillis())
                .setFailureMode(FailureMode.Cancel)
                .setDaemon(true);
        try {
            return new MemcachedClient(connection.build(), AddrUtil.getAddresses(addresses));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Memcached client for " + addresses, e);
        }
    }
}

package workshop.support.servers;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.providers.PooledConnectionProvider;
import redis.clients.jedis.util.JedisURIHelper;

import workshop.support.proxy.CountingProxy;
import workshop.support.clients.CacheTimeouts;
import workshop.support.clients.FailFast;
import workshop.support.clients.FailFastRedis;

/**
 * A real Redis for a test or a demo: one the workshop started (in Docker or from the PATH), or the one
 * {@code REDIS_URL} names. Get one from {@link Servers}, or as a test parameter with {@code @RealServers}.
 *
 * <p>A server the workshop started is yours: stop it, kill it, restart it. A server from {@code REDIS_URL}
 * is someone else's: it is never flushed, and every key must start with {@link #namespace()} so that
 * {@link #close()} can delete exactly what the tests wrote.
 */
public final class RedisServer extends RealServer {

    private static final int TIMEOUT_MILLIS = 2_000;

    private final URI externalUri;
    private final RedisConfig config;

    private RedisServer(ServerProcess process, URI externalUri, RedisConfig config, String namespace) {
        super(ServerKind.REDIS, process, externalUri == null ? null
                : new ServerAddress(externalUri.getHost(), externalUri.getPort() == -1 ? 6379 : externalUri.getPort()),
                namespace, Probes::redisReady);
        this.externalUri = externalUri;
        this.config = config;
    }

    static RedisServer owned(ServerProcess process, RedisConfig config) {
        return new RedisServer(process, null, config, "");
    }

    static RedisServer external(String url) {
        return new RedisServer(null, RedisUrl.parse(url), RedisConfig.defaults(), Namespace.unique());
    }

    /** {@code redis://host:port}, with the credentials of {@code REDIS_URL} when it gave some: never print it. */
    public URI uri() {
        return externalUri != null ? externalUri : URI.create("redis://" + address());
    }

    public RedisConfig config() {
        return config;
    }

    /** A new Jedis client for this server, authenticated as the default user when a password is set. Close it. */
    public RedisClient newClient() {
        if (externalUri != null) {
            return newClient(JedisURIHelper.getUser(externalUri), JedisURIHelper.getPassword(externalUri));
        }
        return newClient(null, config.password().orElse(null));
    }

    /**
     * A new Jedis client holding up to {@code connections} pooled connections, kept open once made: for benchmarks
     * that compare clients at equal connection counts. Close it.
     */
    public RedisClient newClient(int connections) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(connections);
        pool.setMaxIdle(connections);
        pool.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        String user = externalUri != null ? JedisURIHelper.getUser(externalUri) : null;
        String password = externalUri != null ? JedisURIHelper.getPassword(externalUri) : config.password().orElse(null);
        return newClient(user, password, pool);
    }

    /** A new Jedis client that logs in as this user (an ACL user, or null for the default one). Close it. */
    public RedisClient newClient(String user, String password) {
        // A connection that is never given back (a transaction or pipeline not closed) must fail a test, not hang it.
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        return newClient(user, password, pool);
    }

    /**
     * A new Jedis client, like {@link #newClient()}, that connects through a {@link CountingProxy} in front of this
     * server ({@code CountingProxy.redis(redis.address())}), so a test can count its round trips. Close it.
     */
    public RedisClient newClientThrough(CountingProxy proxy) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        return newClientThrough(proxy, pool);
    }

    /**
     * A new Jedis client through a {@link CountingProxy}, with a pool configured by the test (e.g. FIFO, so that
     * two commands in a row go out on different connections). The pool's idle-connection checks are turned off:
     * their PINGs would count as round trips. Close it.
     */
    public RedisClient newClientThrough(CountingProxy proxy, ConnectionPoolConfig pool) {
        if (!proxy.target().equals(address())) {
            throw new IllegalArgumentException(proxy + " does not forward to this server, " + address());
        }
        pool.setTestWhileIdle(false);
        pool.setTimeBetweenEvictionRuns(Duration.ofMillis(-1));
        String user = externalUri != null ? JedisURIHelper.getUser(externalUri) : null;
        String password = externalUri != null ? JedisURIHelper.getPassword(externalUri) : config.password().orElse(null);
        return newClient(proxy.address(), user, password, pool);
    }

    /**
     * A client for an app serving requests: every wait bounded as {@code timeouts} says, and after a failure it
     * fails fast (see {@link FailFast}), so a hung Redis costs a request one short timeout, not several. Close it.
     */
    public RedisClient newClient(CacheTimeouts timeouts) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        // Enough for every request a busy app serves at once: waiting for the pool then means a stuck server, not a busy app.
        pool.setMaxTotal(32);
        pool.setMaxIdle(32);
        pool.setMaxWait(timeouts.poolWait());
        String user = externalUri != null ? JedisURIHelper.getUser(externalUri) : null;
        String password = externalUri != null ? JedisURIHelper.getPassword(externalUri) : config.password().orElse(null);
        var clientConfig = clientConfig(user, password).connectionTimeoutMillis(timeouts.connectMillis())
                .socketTimeoutMillis(timeouts.readMillis()).build();
        return FailFastRedis.over(new PooledConnectionProvider(new HostAndPort(host(), port()), clientConfig, pool),
                new FailFast(timeouts.failFastPause()));
    }

    private DefaultJedisClientConfig.Builder clientConfig(String user, String password) {
        // RESP2 named outright: left to negotiate, Jedis connects twice when the server is down, doubling timeouts.
        // CLIENT SETINFO off: a least-privilege ACL user may not run it, and each refusal would land in the ACL log.
        var clientConfig = DefaultJedisClientConfig.builder().resp2().timeoutMillis(TIMEOUT_MILLIS).user(user).password(password)
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED);
        if (externalUri != null && JedisURIHelper.hasDbIndex(externalUri)) {
            clientConfig.database(JedisURIHelper.getDBIndex(externalUri));
        }
        return clientConfig;
    }

    private RedisClient newClient(String user, String password, ConnectionPoolConfig pool) {
        return newClient(address(), user, password, pool);
    }

    private RedisClient newClient(ServerAddress at, String user, String password, ConnectionPoolConfig pool) {
        return RedisClient.builder().hostAndPort(at.host(), at.port()).clientConfig(clientConfig(user, password).build()).poolConfig(pool).build();
    }

    /** Where a replica started by the workshop connects to this server. */
    ServerAddress addressForPeers() {
        if (!isOwned()) {
            throw new OwnedServerRequiredException(ServerKind.REDIS,
                    "cannot replicate the Redis at REDIS_URL: the workshop only does that to servers it started");
        }
        return process().addressForPeers();
    }

    @Override
    void deleteNamespace() {
        try (RedisClient client = newClient()) {
            ScanParams matchOurs = new ScanParams().match(namespace() + "*").count(1_000);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = client.scan(cursor, matchOurs);
                List<String> keys = new ArrayList<>(page.getResult());
                if (!keys.isEmpty()) {
                    client.del(keys.toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        }
    }
}

package workshop.support.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import net.spy.memcached.AddrUtil;
import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.FailureMode;
import net.spy.memcached.MemcachedClient;

import workshop.support.proxy.CountingProxy;
import workshop.support.clients.CacheTimeouts;

/**
 * A real Memcached for a test or a demo: one the workshop started (in Docker or from the PATH), or one that
 * {@code MEMCACHED_SERVERS} names. Get one from {@link Servers}, or as a test parameter with {@code @RealServers}.
 *
 * <p>As with {@link RedisServer}: a server the workshop started is yours to stop, kill and restart; a server
 * from the environment is never flushed, keys start with {@link #namespace()}, and {@link #close()} deletes them.
 */
public final class MemcachedServer extends RealServer {

    private static final long OPERATION_TIMEOUT_MILLIS = 1_000;

    static {
        // spymemcached logs through its own logger to stderr unless told otherwise; route it to SLF4J.
        if (System.getProperty("net.spy.log.LoggerImpl") == null) {
            System.setProperty("net.spy.log.LoggerImpl", "net.spy.memcached.compat.log.SLF4JLogger");
        }
    }

    private final MemcachedConfig config;

    private MemcachedServer(ServerProcess process, ServerAddress externalAddress, MemcachedConfig config, String namespace) {
        super(ServerKind.MEMCACHED, process, externalAddress, namespace, Probes::memcachedReady);
        this.config = config;
    }

    static MemcachedServer owned(ServerProcess process, MemcachedConfig config) {
        return new MemcachedServer(process, null, config, "");
    }

    static MemcachedServer external(ServerAddress address, String namespace) {
        return new MemcachedServer(null, address, MemcachedConfig.defaults(), namespace);
    }

    /** "host:port host:port", the form {@link AddrUtil#getAddresses(String)} reads: for a client over several nodes. */
    public static String addresses(List<MemcachedServer> nodes) {
        return nodes.stream().map(node -> node.address().toString()).collect(Collectors.joining(" "));
    }

    public MemcachedConfig config() {
        return config;
    }

    /** A spymemcached client for this one server, with a short operation timeout and daemon threads. Shut it down. */
    public MemcachedClient newClient() {
        return newClient(new ConnectionFactoryBuilder().setOpTimeout(OPERATION_TIMEOUT_MILLIS).setDaemon(true));
    }

    /**
     * A client for an app serving requests: an operation waits at most {@code timeouts.read()}, a full queue of
     * operations at most {@code timeouts.poolWait()}, a node that refuses connections or just timed out cancels its
     * operations at once until it is connected again, and a lost connection is tried again every second (spymemcached's default backs off to 30 s,
     * so a restarted Memcached would go unused for seconds). Shut it down.
     */
    public MemcachedClient newClient(CacheTimeouts timeouts) {
        return newClient(new ConnectionFactoryBuilder()
                .setOpTimeout(timeouts.read().toMillis())
                .setOpQueueMaxBlockTime(timeouts.poolWait().toMillis())
                .setFailureMode(FailureMode.Cancel)
                // After a timeout, drop the connection: until it is back, operations are cancelled at once instead
                // of each waiting a timeout of its own (a get and a set per request would wait twice).
                .setTimeoutExceptionThreshold(2)
                // In whole seconds; the first retry after a failure waits min(this, 1 s) anyway.
                .setMaxReconnectDelay(1)
                .setDaemon(true));
    }

    /** A spymemcached client for this server, configured as the lesson needs. Shut it down. */
    public MemcachedClient newClient(ConnectionFactoryBuilder connection) {
        return newClient(List.of(this), connection);
    }

    /**
     * A spymemcached client, like {@link #newClient(ConnectionFactoryBuilder)}, that connects through a
     * {@link CountingProxy} in front of this server ({@code CountingProxy.memcached(memcached.address())}), so a
     * test can count its round trips. Shut it down.
     */
    public MemcachedClient newClientThrough(CountingProxy proxy, ConnectionFactoryBuilder connection) {
        if (!proxy.target().equals(address())) {
            throw new IllegalArgumentException(proxy + " does not forward to this server, " + address());
        }
        try {
            return new MemcachedClient(connection.build(), AddrUtil.getAddresses(proxy.address().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Memcached client for " + proxy, e);
        }
    }

    /** A spymemcached client through a {@link CountingProxy}, with the settings of {@link #newClient()}. Shut it down. */
    public MemcachedClient newClientThrough(CountingProxy proxy) {
        return newClientThrough(proxy, new ConnectionFactoryBuilder().setOpTimeout(OPERATION_TIMEOUT_MILLIS).setDaemon(true));
    }

    /** One spymemcached client over several nodes: it decides which node holds each key. Shut it down. */
    public static MemcachedClient newClient(List<MemcachedServer> nodes, ConnectionFactoryBuilder connection) {
        String addresses = addresses(nodes);
        try {
            return new MemcachedClient(connection.build(), AddrUtil.getAddresses(addresses));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Memcached client for " + addresses, e);
        }
    }

    /**
     * The whole seconds an entry has left, as this server counts them ({@code mg <key> t}, Memcached 1.6+), in the
     * form of Redis's TTL: -2 when it holds no such key, -1 when the entry never expires. A test checks the TTL an
     * entry was stored with this way, at once, instead of waiting for it to run out.
     */
    public long secondsToLive(String key) {
        String reply;
        try {
            reply = TextProtocol.talk(address(), Duration.ofMillis(OPERATION_TIMEOUT_MILLIS), Duration.ofSeconds(5), session -> {
                session.send("mg " + key + " t");
                return session.readLine();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not ask " + address() + " for the TTL of " + key, e);
        }
        if ("EN".equals(reply)) {
            return -2;
        }
        if (reply != null && reply.startsWith("HD ")) {
            for (String flag : reply.substring(3).split(" ")) {
                if (flag.startsWith("t")) {
                    return Long.parseLong(flag.substring(1));
                }
            }
        }
        throw new IllegalStateException("Memcached at " + address() + " answered \"mg " + key + " t\" with: " + reply);
    }

    /**
     * Memcached cannot list keys by prefix, but its LRU crawler can dump every key's metadata
     * ({@code lru_crawler metadump all}, Memcached 1.4.31+): we delete the ones in our namespace.
     */
    @Override
    void deleteNamespace() {
        for (int attempt = 1; ; attempt++) {
            String refusal;
            try {
                // A dump of a full Memcached takes a while: reads wait longer than an operation does.
                refusal = TextProtocol.talk(address(), Duration.ofMillis(OPERATION_TIMEOUT_MILLIS), Duration.ofSeconds(5), session -> {
                    session.send("lru_crawler metadump all");
                    List<String> ours = new ArrayList<>();
                    String line = session.readLine();
                    for (; line != null && line.startsWith("key="); line = session.readLine()) {
                        keyOf(line).filter(key -> key.startsWith(namespace())).ifPresent(ours::add);
                    }
                    if (!"END".equals(line)) {
                        return String.valueOf(line);
                    }
                    for (String key : ours) {
                        session.send("delete " + key);
                        session.readLine();
                    }
                    return null;
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete this run's keys (" + namespace() + "*) from " + address(), e);
            }
            if (refusal == null) {
                return;
            }
            if (refusal.startsWith("BUSY") && attempt < 10) {
                Poll.pause(); // the crawler is busy with another dump: ask again
                continue;
            }
            throw new IllegalStateException("Memcached at " + address() + " would not list its keys (" + refusal
                    + "), so this run's keys (" + namespace() + "*) could not be deleted");
        }
    }

    private static Optional<String> keyOf(String metadumpLine) {
        if (!metadumpLine.startsWith("key=")) {
            return Optional.empty();
        }
        int end = metadumpLine.indexOf(' ');
        String encoded = metadumpLine.substring(4, end < 0 ? metadumpLine.length() : end);
        return Optional.of(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    }

}

package workshop.support.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import workshop.support.servers.ServerAddress;

/**
 * A TCP proxy on 127.0.0.1 in front of a real server, counting what crosses it: round trips, bytes and commands.
 * Point a client at {@link #address()} instead of the server, and a test can prove "one round trip" (a pipeline,
 * a multi-get) the way the network sees it, not by timing.
 *
 * <p>A round trip is the client speaking, then the server answering: the count goes up when the server's bytes
 * follow the client's on a connection. Direction changes are counted, not TCP chunks, so a reply that arrives in
 * three pieces is still one. A batch the client writes in one flush (a Jedis pipeline, a spymemcached getBulk)
 * is one round trip; a loop that waits for each reply is one per command.
 *
 * <pre>{@code
 * try (CountingProxy proxy = CountingProxy.redis(redis.address());
 *      RedisClient client = RedisClient.create(proxy.host(), proxy.port())) {
 *     ...
 *     assertThat(proxy.traffic().roundTrips()).as("...").isEqualTo(1);
 * }
 * }</pre>
 */
public final class CountingProxy implements AutoCloseable {

    private enum Direction { NONE, TO_SERVER, TO_CLIENT }

    private final ServerAddress target;
    private final Supplier<CommandReader> readers;
    private final ServerSocket listener;
    private final Set<Conversation> conversations = ConcurrentHashMap.newKeySet();
    /** The connections seen since the last reset, in the order they were accepted. */
    private final List<Conversation> sinceReset = new CopyOnWriteArrayList<>();

    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong bytesToServer = new AtomicLong();
    private final AtomicLong bytesToClient = new AtomicLong();
    private final Map<String, LongAdder> commands = new ConcurrentHashMap<>();

    private volatile boolean closed;

    private CountingProxy(ServerAddress target, Supplier<CommandReader> readers) {
        this.target = target;
        this.readers = readers;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1 for a proxy to " + target, e);
        }
        Thread acceptor = new Thread(this::accept, "counting-proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy in front of a Redis server: commands are counted by name, upper-case ({@code SET}, {@code SINTER}). */
    public static CountingProxy redis(ServerAddress target) {
        return new CountingProxy(target, RespCommandReader::new);
    }

    /** A proxy in front of a Memcached server (text protocol): commands counted by name ({@code get}, {@code set}). */
    public static CountingProxy memcached(ServerAddress target) {
        return new CountingProxy(target, MemcachedCommandReader::new);
    }

    /** Where clients connect instead of the server. */
    public ServerAddress address() {
        return new ServerAddress(host(), port());
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The server this proxy forwards to. */
    public ServerAddress target() {
        return target;
    }

    /**
     * What crossed the proxy since it started or was last {@link #reset()}. Complete for every reply the client
     * has already received: the proxy counts bytes before it forwards them.
     */
    public Traffic traffic() {
        Map<String, Long> byName = new TreeMap<>();
        commands.forEach((name, count) -> byName.put(name, count.sum()));
        List<List<String>> byConnection = sinceReset.stream().map(Conversation::commandLog).filter(log -> !log.isEmpty()).toList();
        return new Traffic(roundTrips.get(), connections.get(), bytesToServer.get(), bytesToClient.get(), byName, byConnection);
    }

    /** Shorthand for {@code traffic().roundTrips()}. */
    public long roundTrips() {
        return roundTrips.get();
    }

    /**
     * Starts counting from zero, e.g. after a test's setup. Open connections stay open; a reply still on its way
     * to a request made before the reset is not counted.
     */
    public void reset() {
        sinceReset.clear();
        for (Conversation conversation : conversations) {
            conversation.forget();
            sinceReset.add(conversation);
        }
        roundTrips.set(0);
        connections.set(0);
        bytesToServer.set(0);
        bytesToClient.set(0);
        commands.clear();
    }

    /** Stops listening and closes every connection through the proxy. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        for (Conversation conversation : conversations) {
            conversation.close();
        }
    }

    @Override
    public String toString() {
        return "CountingProxy " + address() + " -> " + target;
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            Socket server = new Socket();
            try {
                server.connect(new InetSocketAddress(target.host(), target.port()), 5_000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
            } catch (IOException e) {
                // the server is down: the client sees its connection closed, as it would without the proxy
                closeQuietly(client);
                closeQuietly(server);
                continue;
            }
            connections.incrementAndGet();
            Conversation conversation = new Conversation(client, server, readers.get());
            conversations.add(conversation);
            sinceReset.add(conversation);
            conversation.start();
        }
    }

    /** One client connection and its connection to the server, with the direction the last bytes went. */
    private final class Conversation {

        private final Socket client;
        private final Socket server;
        private final CommandReader commandReader;
        private Direction last = Direction.NONE;
        private final List<String> commandLog = new ArrayList<>();

        Conversation(Socket client, Socket server, CommandReader commandReader) {
            this.client = client;
            this.server = server;
            this.commandReader = commandReader;
        }

        void start() {
            pump(client, server, Direction.TO_SERVER, "client->server");
            pump(server, client, Direction.TO_CLIENT, "server->client");
        }

        private void pump(Socket from, Socket to, Direction direction, String name) {
            Thread thread = new Thread(() -> copy(from, to, direction), "counting-proxy-" + port() + "-" + name);
            thread.setDaemon(true);
            thread.start();
        }

        private void copy(Socket from, Socket to, Direction direction) {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    // counted before forwarding: once the client has its reply, the count includes it
                    seen(direction, buffer, read);
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (SocketException closedByTheOtherSide) {
                // a side hung up: close both below
            } catch (IOException e) {
                // same: the conversation is over
            } finally {
                close();
            }
        }

        private synchronized void seen(Direction direction, byte[] bytes, int length) {
            if (direction == Direction.TO_SERVER) {
                bytesToServer.addAndGet(length);
                commandReader.read(bytes, length, name -> {
                    commands.computeIfAbsent(name, n -> new LongAdder()).increment();
                    commandLog.add(name);
                });
            } else {
                bytesToClient.addAndGet(length);
                if (last == Direction.TO_SERVER) {
                    roundTrips.incrementAndGet();
                }
            }
            last = direction;
        }

        synchronized void forget() {
            last = Direction.NONE;
            commandLog.clear();
        }

        synchronized List<String> commandLog() {
            return List.copyOf(commandLog);
        }

        void close() {
            closeQuietly(client);
            closeQuietly(server);
            conversations.remove(this);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is best effort
        }
    }
}

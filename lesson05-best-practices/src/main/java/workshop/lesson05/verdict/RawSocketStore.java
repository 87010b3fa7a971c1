package workshop.lesson05.verdict;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import workshop.support.servers.ServerAddress;

/**
 * The verdict's own minimal client, not a library: one blocking socket per thread that writes a request and reads
 * its answer, the same code for Redis and Memcached — only the {@link WireProtocol} differs. It is the common
 * floor (what any Java client could reach), and, for Memcached, the blocking client of the 2×2: no maintained
 * blocking Memcached client for Java is on Maven Central.
 *
 * <p>Bounded like every client here: 2 s to connect, 10 s for an answer.
 */
public final class RawSocketStore implements KeyValueStore {

    private final WireProtocol protocol;
    private final ServerAddress address;
    private final String namespace;
    private final List<Connection> opened = new ArrayList<>();
    private final ThreadLocal<Connection> connectionOfThisThread = ThreadLocal.withInitial(this::open);

    public RawSocketStore(WireProtocol protocol, ServerAddress address, String namespace) {
        this.protocol = protocol;
        this.address = address;
        this.namespace = namespace;
    }

    @Override
    public byte[] get(String key) {
        Connection connection = connectionOfThisThread.get();
        try {
            protocol.writeGet(connection.out, bytes(key));
            connection.out.flush();
            return protocol.readValue(connection.in);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + key, e);
        }
    }

    @Override
    public void set(String key, byte[] value) {
        if (setEach(List.of(key), List.of(value)) != 1) {
            throw new IllegalStateException("The server had no memory to store " + key);
        }
    }

    @Override
    public List<byte[]> getMany(List<String> keys) {
        Connection connection = connectionOfThisThread.get();
        List<byte[]> namespaced = keys.stream().map(this::bytes).toList();
        try {
            protocol.writeGetMany(connection.out, namespaced);
            connection.out.flush();
            return protocol.readValues(connection.in, namespaced);
        } catch (IOException e) {
            throw new UncheckedIOException("multi-key GET", e);
        }
    }

    /** One GET per key, all written before any answer is read (pipelined): each key is looked up on its own. */
    public List<byte[]> getEach(List<String> keys) {
        Connection connection = connectionOfThisThread.get();
        try {
            for (String key : keys) {
                protocol.writeGet(connection.out, bytes(key));
            }
            connection.out.flush();
            List<byte[]> values = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                values.add(protocol.readValue(connection.in));
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("pipelined GETs", e);
        }
    }

    /** One SET per key, pipelined; how many the server stored (the others it had no memory for). */
    public int setEach(List<String> keys, List<byte[]> values) {
        Connection connection = connectionOfThisThread.get();
        try {
            for (int i = 0; i < keys.size(); i++) {
                protocol.writeSet(connection.out, bytes(keys.get(i)), values.get(i));
            }
            connection.out.flush();
            int stored = 0;
            for (int i = 0; i < keys.size(); i++) {
                stored += protocol.readStored(connection.in) ? 1 : 0;
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("pipelined SETs", e);
        }
    }

    @Override
    public void close() {
        synchronized (opened) {
            opened.forEach(Connection::close);
            opened.clear();
        }
    }

    private byte[] bytes(String key) {
        return (namespace + key).getBytes(UTF_8);
    }

    private Connection open() {
        try {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true); // as Jedis, Lettuce and spymemcached do
            socket.connect(new InetSocketAddress(address.host(), address.port()), 2_000);
            socket.setSoTimeout(10_000);
            Connection connection = new Connection(socket, new BufferedInputStream(socket.getInputStream(), 65_536),
                    new BufferedOutputStream(socket.getOutputStream(), 65_536));
            synchronized (opened) {
                opened.add(connection);
            }
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot connect to " + address, e);
        }
    }

    private record Connection(Socket socket, InputStream in, OutputStream out) {
        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing: nothing left to do with it
            }
        }
    }
}

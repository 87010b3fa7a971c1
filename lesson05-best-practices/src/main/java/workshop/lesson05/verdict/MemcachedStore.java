package workshop.lesson05.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import net.spy.memcached.CachedData;
import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.MemcachedClient;
import net.spy.memcached.transcoders.Transcoder;

import workshop.support.servers.MemcachedServer;

/**
 * Memcached through spymemcached, with a transcoder that passes bytes through untouched. (spymemcached's default
 * transcoder gzips values above 16 KB: the 100 KB comparison would then measure gzip, not Memcached.)
 *
 * <p>A spymemcached client multiplexes every thread onto one connection; to give Memcached the same number of
 * connections as Redis's pool, this store holds one client per connection and gives each thread its own.
 */
public final class MemcachedStore implements KeyValueStore {

    private static final long TIMEOUT_SECONDS = 5;

    private final List<MemcachedClient> clients = new ArrayList<>();
    private final AtomicInteger nextClient = new AtomicInteger();
    private final ThreadLocal<MemcachedClient> clientOfThisThread;
    private final String namespace;

    public MemcachedStore(MemcachedServer server, int connections) {
        this.namespace = server.namespace();
        for (int i = 0; i < connections; i++) {
            // 5 s per operation, not the lessons' 1 s: a busy machine may delay an answer, and a benchmark that
            // gives up measures nothing.
            clients.add(server.newClient(new ConnectionFactoryBuilder().setOpTimeout(TIMEOUT_SECONDS * 1_000).setDaemon(true)));
        }
        clientOfThisThread = ThreadLocal.withInitial(() -> clients.get(nextClient.getAndIncrement() % clients.size()));
    }

    @Override
    public byte[] get(String key) {
        try {
            return clientOfThisThread.get().get(namespace + key, RawBytes.INSTANCE);
        } catch (RuntimeException e) {
            throw sendable(e);
        }
    }

    @Override
    public void set(String key, byte[] value) {
        try {
            if (!clientOfThisThread.get().set(namespace + key, 0, value, RawBytes.INSTANCE).get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Memcached refused to store " + key);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing " + key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw sendable(e);
        }
    }

    @Override
    public List<byte[]> getMany(List<String> keys) {
        List<String> namespaced = keys.stream().map(key -> namespace + key).toList();
        try {
            Map<String, byte[]> found = clientOfThisThread.get().getBulk(namespaced, RawBytes.INSTANCE);
            return namespaced.stream().map(found::get).toList();
        } catch (RuntimeException e) {
            throw sendable(e);
        }
    }

    @Override
    public void close() {
        clients.forEach(MemcachedClient::shutdown);
    }

    /** The failure as text: spymemcached's exceptions hold its operations, which JMH cannot send from its fork. */
    private static IllegalStateException sendable(Exception failed) {
        return new IllegalStateException(failed.toString() + (failed.getCause() == null ? "" : " ← " + failed.getCause()));
    }

    /** Bytes in, the same bytes out: no serialization, no compression. */
    enum RawBytes implements Transcoder<byte[]> {
        INSTANCE;

        @Override
        public boolean asyncDecode(CachedData data) {
            return false;
        }

        @Override
        public CachedData encode(byte[] value) {
            return new CachedData(0, value, getMaxSize());
        }

        @Override
        public byte[] decode(CachedData data) {
            return data.getData();
        }

        @Override
        public int getMaxSize() {
            return CachedData.MAX_SIZE;
        }
    }
}

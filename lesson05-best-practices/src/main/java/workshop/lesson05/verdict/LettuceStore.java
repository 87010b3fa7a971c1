package workshop.lesson05.verdict;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;

import workshop.support.servers.RedisServer;

/**
 * Redis through Lettuce, an asynchronous client: like spymemcached, each call is handed to an I/O thread (Netty)
 * and its answer comes back through a future. Beside Jedis (blocking) it shows what the client's design costs on
 * the same server. One connection per thread, as for the other clients; bytes in and out untouched.
 */
public final class LettuceStore implements KeyValueStore {

    private static final long TIMEOUT_SECONDS = 5;

    private final RedisClient client;
    private final List<StatefulRedisConnection<byte[], byte[]>> connections = new ArrayList<>();
    private final AtomicInteger nextConnection = new AtomicInteger();
    private final ThreadLocal<RedisAsyncCommands<byte[], byte[]>> commandsOfThisThread;
    private final String namespace;

    public LettuceStore(RedisServer server, int connections) {
        this.namespace = server.namespace();
        RedisURI uri = RedisURI.builder().withHost(server.host()).withPort(server.port())
                .withTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();
        this.client = RedisClient.create(uri);
        for (int i = 0; i < connections; i++) {
            this.connections.add(client.connect(ByteArrayCodec.INSTANCE));
        }
        commandsOfThisThread = ThreadLocal.withInitial(
                () -> this.connections.get(nextConnection.getAndIncrement() % this.connections.size()).async());
    }

    @Override
    public byte[] get(String key) {
        return await(commandsOfThisThread.get().get(bytes(key)));
    }

    @Override
    public void set(String key, byte[] value) {
        await(commandsOfThisThread.get().set(bytes(key), value));
    }

    @Override
    public List<byte[]> getMany(List<String> keys) {
        List<KeyValue<byte[], byte[]>> found = await(commandsOfThisThread.get().mget(keys.stream().map(this::bytes).toArray(byte[][]::new)));
        return found.stream().map(keyValue -> keyValue.getValueOrElse(null)).toList();
    }

    @Override
    public void close() {
        connections.forEach(StatefulRedisConnection::close);
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    private byte[] bytes(String key) {
        return (namespace + key).getBytes(UTF_8);
    }

    private static <T> T await(CompletionStage<T> answer) {
        try {
            return answer.toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Redis", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Redis did not answer", e);
        }
    }
}

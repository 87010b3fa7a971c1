package workshop.lesson05;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.Connection;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The receiving end of server-assisted client-side caching in RESP2: a connection of its own, subscribed to
 * {@code __redis__:invalidate}. A connection that turns tracking on with {@code REDIRECT <this one's id>} has Redis
 * remember the keys it read, and each time one changes (a write by anyone, an expiry, an eviction) Redis publishes
 * the key here. Given code, like {@link InvalidationSubscriber}: the message's payload is a list of keys, or nil
 * after a {@code FLUSHALL}/{@code FLUSHDB} (every key is gone), which Jedis's {@code JedisPubSub} cannot read, so this
 * reads the replies itself.
 *
 * <p>A deliberate shortcut: when the connection drops, it does not come back; {@code onLost} is called, and a cache
 * must then stop trusting its local copies (nobody would tell it about a change any more).
 */
public final class TrackingInvalidations implements AutoCloseable {

    /** Where Redis publishes invalidations for connections that redirect them. */
    public static final String CHANNEL = "__redis__:invalidate";
    private static final Logger log = LoggerFactory.getLogger(TrackingInvalidations.class);

    private final Connection connection;
    private final long clientId;
    private final Consumer<List<String>> onKeys;
    private final Runnable onLost;
    private final Thread listener;
    private volatile boolean closed;

    private TrackingInvalidations(RedisClient redis, Consumer<List<String>> onKeys, Runnable onLost) {
        this.connection = redis.getPool().getResource();
        this.onKeys = onKeys;
        this.onLost = onLost;
        connection.sendCommand(Protocol.Command.CLIENT, "ID");
        this.clientId = connection.getIntegerReply();
        connection.sendCommand(Protocol.Command.SUBSCRIBE, CHANNEL);
        connection.getObjectMultiBulkReply(); // Redis confirms: from here on, nothing redirected here is missed
        connection.setTimeoutInfinite();      // a quiet channel is not a dead one
        this.listener = new Thread(this::listen, "tracking-invalidations-" + clientId);
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * Subscribes; returns once Redis confirmed. {@code onKeys} gets the keys that changed, or null when every key
     * did (a flush); {@code onLost} runs once if the connection drops.
     */
    public static TrackingInvalidations start(RedisClient redis, Consumer<List<String>> onKeys, Runnable onLost) {
        return new TrackingInvalidations(redis, onKeys, onLost);
    }

    /** The id a tracking connection names in {@code CLIENT TRACKING ON REDIRECT <id>}. */
    public long clientId() {
        return clientId;
    }

    private void listen() {
        try {
            while (!closed) {
                List<Object> reply = connection.getUnflushedObjectMultiBulkReply(); // [message, channel, keys or nil]
                if (reply.size() == 3 && "message".equals(text(reply.get(0)))) {
                    onKeys.accept(reply.get(2) == null ? null : ((List<?>) reply.get(2)).stream().map(TrackingInvalidations::text).toList());
                }
            }
        } catch (JedisException | ClassCastException dropped) {
            if (!closed) {
                log.warn("Lost the invalidations channel ({}): local copies can no longer be trusted", dropped.getMessage());
                onLost.run();
            }
        }
    }

    private static String text(Object reply) {
        return reply instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(reply);
    }

    @Override
    public void close() {
        closed = true;
        connection.setBroken(); // a subscribed connection must not go back to the pool
        connection.close();
    }
}

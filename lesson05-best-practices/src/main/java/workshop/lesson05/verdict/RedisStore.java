package workshop.lesson05.verdict;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

import redis.clients.jedis.RedisClient;

import workshop.support.servers.RedisServer;

/** Redis through Jedis's binary commands: the bytes go to the server as they are. */
public final class RedisStore implements KeyValueStore {

    private final RedisClient redis;
    private final String namespace;

    /** Up to {@code connections} pooled connections: one per benchmark thread, like {@link MemcachedStore}. */
    public RedisStore(RedisServer server, int connections) {
        this.redis = server.newClient(connections);
        this.namespace = server.namespace();
    }

    @Override
    public byte[] get(String key) {
        return redis.get((namespace + key).getBytes(UTF_8));
    }

    @Override
    public void set(String key, byte[] value) {
        redis.set((namespace + key).getBytes(UTF_8), value);
    }

    @Override
    public List<byte[]> getMany(List<String> keys) {
        return redis.mget(keys.stream().map(key -> (namespace + key).getBytes(UTF_8)).toArray(byte[][]::new));
    }

    @Override
    public void close() {
        redis.close();
    }
}

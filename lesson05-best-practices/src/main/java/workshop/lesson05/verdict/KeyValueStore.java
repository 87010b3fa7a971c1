package workshop.lesson05.verdict;

import java.util.List;

/**
 * The few operations the Redis-vs-Memcached comparison measures, so that both servers are driven by identical
 * benchmark code: the same keys, the same payload bytes, no serialization on either side.
 */
public interface KeyValueStore extends AutoCloseable {

    /** The value stored under the key, or null. */
    byte[] get(String key);

    /** Stores the value, and returns once the server has acknowledged it. */
    void set(String key, byte[] value);

    /** Several values in one round trip (MGET, or Memcached's multi-key get), in the order of the keys. */
    List<byte[]> getMany(List<String> keys);

    @Override
    void close();
}

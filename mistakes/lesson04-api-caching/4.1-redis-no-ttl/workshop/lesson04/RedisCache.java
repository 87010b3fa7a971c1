package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/** Exercise 4.1: the cache port on Redis. */
public final class RedisCache implements Cache {

    private final UnifiedJedis redis;

    /**
     * Any Jedis client: a {@code RedisClient} for one server, or a {@code RedisClusterClient} for a Redis Cluster
     * (each command here names one key, so the cluster client sends it to that key's node).
     */
    public RedisCache(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable(redis.get(key));
        } catch (JedisException e) {
            throw new CacheUnavailableException("Redis did not answer GET " + key, e);
        }
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        try {
            redis.set(key, value);
        } catch (JedisException e) {
            throw new CacheUnavailableException("Redis did not answer SET " + key, e);
        }
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        try {
            return "OK".equals(redis.set(key, value, SetParams.setParams().nx().px(ttl.toMillis())));
        } catch (JedisException e) {
            throw new CacheUnavailableException("Redis did not answer SET NX " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            redis.del(key);
        } catch (JedisException e) {
            throw new CacheUnavailableException("Redis did not answer DEL " + key, e);
        }
    }
}

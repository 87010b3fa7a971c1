package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import workshop.support.junit.RealServers;

/** One contract, run against both adapters: what the application may count on, whatever the store. */
@RealServers
@DisplayName("Exercise 4.1: One cache port, two adapters")
class CacheAdaptersTest {

    @Nested
    class RedisAdapter implements CacheContract, Store.Redis {
    }

    /** The same adapter, unchanged, on a Redis Cluster of three primaries. */
    @Nested
    class RedisClusterAdapter implements CacheContract, Store.OnRedisCluster {
    }

    @Nested
    class MemcachedAdapter implements CacheContract, Store.Memcached {

        @Test
        void refusesATimeToLiveMemcachedWouldReadAsADate(Connection store) throws Exception {
            assertThat(Store.thrown(() -> store.cache().put(store.keys().product(1), "value", Duration.ofDays(31))))
                    .as("4.1 must refuse a TTL above 30 days (IllegalArgumentException): Memcached would read 31 days as a date in January 1970, and expire the entry at once")
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}

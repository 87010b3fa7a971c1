package workshop.lesson04;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import workshop.support.junit.RealServers;

@RealServers
@DisplayName("Exercise 4.2: Cache-aside through the port")
class CachedProductsTest {

    @Nested
    class WithRedis implements CachedProductsContract, Store.Redis {
    }

    @Nested
    class WithMemcached implements CachedProductsContract, Store.Memcached {
    }

    /** The same code, unchanged, on a Redis Cluster of three primaries. */
    @Nested
    class WithRedisCluster implements CachedProductsContract, Store.OnRedisCluster {
    }
}

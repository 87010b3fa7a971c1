package workshop.lesson04;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import workshop.support.junit.RealServers;

@RealServers
@DisplayName("Exercise 4.3: Write through to the cache")
class WriteThroughTest {

    @Nested
    class WithRedis implements WriteThroughContract, Store.Redis {
    }

    @Nested
    class WithMemcached implements WriteThroughContract, Store.Memcached {
    }

    /** The same code, unchanged, on a Redis Cluster of three primaries. */
    @Nested
    class WithRedisCluster implements WriteThroughContract, Store.OnRedisCluster {
    }
}

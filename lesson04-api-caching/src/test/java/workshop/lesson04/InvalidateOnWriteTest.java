package workshop.lesson04;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import workshop.support.junit.RealServers;

@RealServers
@DisplayName("Exercise 4.3: Write through to the cache")
class InvalidateOnWriteTest {

    @Nested
    class WithRedis implements InvalidateOnWriteContract, Store.Redis {
    }

    @Nested
    class WithMemcached implements InvalidateOnWriteContract, Store.Memcached {
    }
}

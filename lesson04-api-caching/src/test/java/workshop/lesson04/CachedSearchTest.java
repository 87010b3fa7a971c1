package workshop.lesson04;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import workshop.support.junit.RealServers;

@RealServers
@DisplayName("Exercise 4.7: Search results under a normalised key")
class CachedSearchTest {

    @Nested
    class WithRedis implements CachedSearchContract, Store.Redis {
    }

    @Nested
    class WithMemcached implements CachedSearchContract, Store.Memcached {
    }
}

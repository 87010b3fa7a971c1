package workshop.lesson04;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import workshop.support.junit.RealServers;

@RealServers
@DisplayName("Exercise 4.4: A slow upstream, cached per city with a TTL")
class CachedWeatherTest {

    @Nested
    class WithRedis implements CachedWeatherContract, Store.Redis {
    }

    @Nested
    class WithMemcached implements CachedWeatherContract, Store.Memcached {
    }
}

package workshop.lesson03;

import java.util.List;

import net.spy.memcached.MemcachedClient;

/**
 * Exercise 3.7: Memcached keeps nothing across a restart. Right after one, every request is a miss and the upstream
 * takes the whole load; warming the cache with the most asked-for entries first softens that.
 */
public final class CacheWarmer {

    private final MemcachedClient memcached;
    private final CityKeys keys;
    private final int ttlSeconds;

    public CacheWarmer(MemcachedClient memcached, CityKeys keys, int ttlSeconds) {
        this.memcached = memcached;
        this.keys = keys;
        this.ttlSeconds = ttlSeconds;
    }

    /** Loads each city from the upstream and stores it; returns once every write is done. */
    public void warm(List<String> cities, WeatherService service) throws Exception {
        for (String city : cities) {
            memcached.set(city, ttlSeconds, WeatherJson.write(service.current(city))).get();
        }
    }
}

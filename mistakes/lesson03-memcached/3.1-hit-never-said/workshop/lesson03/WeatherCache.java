package workshop.lesson03;

import net.spy.memcached.MemcachedClient;

/**
 * Exercise 3.1: cache-aside in Memcached, with an expiry in seconds. The upstream is asked at most once per city
 * per time to live.
 */
public final class WeatherCache {

    /** What a lookup found, and whether Memcached had it (a hit) or the upstream was asked (a miss). */
    public record Lookup(Weather weather, boolean hit) {
    }

    private final MemcachedClient memcached;
    private final CityKeys keys;
    private final int ttlSeconds;

    public WeatherCache(MemcachedClient memcached, CityKeys keys, int ttlSeconds) {
        this.memcached = memcached;
        this.keys = keys;
        this.ttlSeconds = ttlSeconds;
    }

    public Lookup find(String city, WeatherService service) {
        String key = keys.forCity(city);
        Object cached = memcached.get(key);
        if (cached instanceof String json) {
            return new Lookup(WeatherJson.read(json), false);
        }
        Weather weather = service.current(city);
        // Asynchronous: the write goes out in the background, in order with this connection's later operations.
        memcached.set(key, ttlSeconds, WeatherJson.write(weather));
        return new Lookup(weather, false);
    }
}

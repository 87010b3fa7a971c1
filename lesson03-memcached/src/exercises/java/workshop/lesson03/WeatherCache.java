package workshop.lesson03;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

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

    /**
     * {@code memcached.get(keys.forCity(city))}: a hit is the weather's JSON ({@link WeatherJson#read}). On a miss,
     * ask the service and {@code set} the JSON with {@code ttlSeconds}.
     */
    public Lookup find(String city, WeatherService service) {
        throw Todo.exercise("3.1", "implement WeatherCache.find(city, service): get the city's key, else ask the service and set it with the TTL");
    }
}

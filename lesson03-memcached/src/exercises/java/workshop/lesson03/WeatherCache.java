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
     * The city's weather, asking the slow upstream at most once per city per time to live: answer from Memcached when
     * it has the city, else from the service, keeping the answer (as JSON, under the city's key) for next time.
     * Say which it was. README: "Exercise 3.1"; hints: {@code hints/3.1.md}.
     */
    public Lookup find(String city, WeatherService service) {
        throw Todo.exercise("3.1", "implement WeatherCache.find(city, service): answer from Memcached when it has the city, else from the service, and keep that answer for the TTL");
    }
}

package workshop.lesson03;

import java.util.List;
import java.util.Map;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 3.3: several cities in one round trip ({@code getBulk}); the misses are asked of the upstream and
 * stored.
 */
public final class WeatherBulkReader {

    private final MemcachedClient memcached;
    private final CityKeys keys;
    private final int ttlSeconds;

    public WeatherBulkReader(MemcachedClient memcached, CityKeys keys, int ttlSeconds) {
        this.memcached = memcached;
        this.keys = keys;
        this.ttlSeconds = ttlSeconds;
    }

    /**
     * The weather of each city, in the order asked, reading all of them from Memcached in one round trip (a page of
     * ten cities must not wait for ten); the misses from the service, kept for next time. README: "Exercise 3.3";
     * hints: {@code hints/3.3.md}.
     */
    public Map<String, Weather> getAll(List<String> cities, WeatherService service) {
        throw Todo.exercise("3.3", "implement WeatherBulkReader.getAll(cities, service): every city in one round trip to Memcached, the misses from the service");
    }
}

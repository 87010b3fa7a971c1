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
     * The weather of each city, in the order asked: one {@code getBulk} of all the keys (it returns only the hits);
     * each miss from the service, then {@code set}.
     */
    public Map<String, Weather> getAll(List<String> cities, WeatherService service) {
        throw Todo.exercise("3.3", "implement WeatherBulkReader.getAll(cities, service) with one getBulk");
    }
}

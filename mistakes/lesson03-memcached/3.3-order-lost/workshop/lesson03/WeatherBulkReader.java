package workshop.lesson03;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.spy.memcached.MemcachedClient;

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

    /** The weather of each city, in the order asked. */
    public Map<String, Weather> getAll(List<String> cities, WeatherService service) {
        Map<String, String> keyOf = new LinkedHashMap<>();
        cities.forEach(city -> keyOf.put(city, keys.forCity(city)));
        Map<String, Object> cached = memcached.getBulk(keyOf.values());
        Map<String, Weather> weather = new java.util.HashMap<>();
        keyOf.forEach((city, key) -> {
            if (cached.get(key) instanceof String json) {
                weather.put(city, WeatherJson.read(json));
            } else {
                Weather fresh = service.current(city);
                memcached.set(key, ttlSeconds, WeatherJson.write(fresh));
                weather.put(city, fresh);
            }
        });
        return weather;
    }
}

package workshop.lesson03;

import java.util.List;

import net.spy.memcached.MemcachedClient;

import workshop.support.exercises.Todo;

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

    /**
     * Loads each city from the service and stores it where the readers look; returns only once Memcached has taken
     * every write (and fails if it has not). README: "Exercise 3.7"; hints: {@code hints/3.7.md}.
     */
    public void warm(List<String> cities, WeatherService service) throws Exception {
        throw Todo.exercise("3.7", "implement CacheWarmer.warm(cities, service): store each city, and return only once Memcached has taken every write");
    }
}

package workshop.lesson04;

import java.time.Duration;

import workshop.support.exercises.Todo;

/** Exercise 4.4: a slow upstream, cached per city for a time to live: one upstream call per city per TTL. */
public final class CachedWeather {

    private final Cache cache;
    private final CacheKeys keys;
    private final WeatherService upstream;
    private final Duration ttl;

    public CachedWeather(Cache cache, CacheKeys keys, WeatherService upstream, Duration ttl) {
        this.cache = cache;
        this.keys = keys;
        this.upstream = upstream;
        this.ttl = ttl;
    }

    /**
     * Cache-aside under {@code keys.weather(city)}, as {@link CachedProducts#find} does: a hit is the weather's JSON;
     * on a miss ask the upstream and {@code put} the JSON for the TTL; with the cache unavailable, the upstream
     * answers: {@link CacheOutcome#BYPASS}.
     */
    public Lookup<Weather> find(String city) {
        throw Todo.exercise("4.4", "implement CachedWeather.find(city): cache-aside with a TTL, BYPASS when the cache is down");
    }
}

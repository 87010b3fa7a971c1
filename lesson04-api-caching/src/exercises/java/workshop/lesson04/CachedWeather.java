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
     * The city's weather, asking the upstream at most once per city (in any letter case) per TTL; the upstream answers
     * when the cache is down or its value does not parse. README: "Exercise 4.4"; hints: {@code hints/4.4.md}.
     */
    public Lookup<Weather> find(String city) {
        throw Todo.exercise("4.4", "implement CachedWeather.find(city): cache-aside with a TTL, the upstream answering when the cache cannot");
    }
}

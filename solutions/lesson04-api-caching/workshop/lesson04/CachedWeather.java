package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

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

    public Lookup<Weather> find(String city) {
        String key = keys.weather(city);
        Optional<String> cached;
        try {
            cached = cache.get(key);
        } catch (CacheUnavailableException cacheDown) {
            return new Lookup<>(Optional.of(upstream.current(city)), CacheOutcome.BYPASS);
        }
        Optional<Weather> hit = cached.flatMap(CachedWeather::parse);
        if (hit.isPresent()) {
            return new Lookup<>(hit, CacheOutcome.HIT);
        }
        Weather weather = upstream.current(city);
        try {
            cache.put(key, Json.write(weather), ttl);
        } catch (CacheUnavailableException cacheDown) {
            // served anyway
        }
        return new Lookup<>(Optional.of(weather), CacheOutcome.MISS);
    }

    /** A cached value that does not parse (an old format, a bug elsewhere) is a miss, not an error: the fill replaces it. */
    private static Optional<Weather> parse(String json) {
        try {
            return Optional.of(Json.read(json, Weather.class));
        } catch (IllegalStateException unreadable) {
            return Optional.empty();
        }
    }
}

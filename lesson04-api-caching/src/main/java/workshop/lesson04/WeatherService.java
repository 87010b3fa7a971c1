package workshop.lesson04;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import workshop.support.origin.CityNames;
import workshop.support.origin.SimulatedLatency;

/**
 * A slow upstream weather service (someone else's API), counting its calls per city. Its answers are made up, but
 * stable, and name the city in the service's own spelling ("oSLO" is answered as "Oslo"): the cache keys a city in any
 * letter case as one entry, so an answer that echoed the caller's typing would be shown to everyone after them.
 */
public final class WeatherService {

    /** About what a call to a third-party API costs. */
    public static final Duration TYPICAL_LATENCY = Duration.ofMillis(100);

    private static final List<String> CONDITIONS = List.of("sunny", "cloudy", "rain", "snow", "fog", "wind");

    private final SimulatedLatency latency;
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

    public WeatherService(Duration latency) {
        this.latency = SimulatedLatency.of(latency);
    }

    public Weather current(String city) {
        String name = city.toLowerCase(Locale.ROOT);
        calls.computeIfAbsent(name, any -> new AtomicLong()).incrementAndGet();
        latency.pause(); // deliberately slow: a call across the internet
        int seed = Math.floorMod(name.hashCode(), 1_000_003); // never negative, unlike Math.abs(Integer.MIN_VALUE)
        return new Weather(CityNames.spelling(city), seed % 40 - 10, CONDITIONS.get(seed % CONDITIONS.size()));
    }

    /** How many times it was asked about this city (in any letter case). */
    public long calls(String city) {
        AtomicLong count = calls.get(city.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }
}

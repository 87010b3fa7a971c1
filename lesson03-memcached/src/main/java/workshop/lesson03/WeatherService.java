package workshop.lesson03;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import workshop.support.origin.CityNames;
import workshop.support.origin.SimulatedLatency;

/**
 * The upstream weather service: slow on purpose (a remote call to someone else's API), and counting how often it
 * is asked, in all and per city, which is how tests see a cache at work. Its answers are made up, but stable: the
 * same city always gets the same weather, under the same name ("pARIS" is answered as "Paris", as a real weather
 * API answers with its own spelling, not the caller's: a cache then never shows one user's typing to the next).
 */
public final class WeatherService {

    /** About what a call to a third-party API costs. */
    public static final Duration TYPICAL_LATENCY = Duration.ofMillis(100);

    private static final List<String> CONDITIONS = List.of("sunny", "cloudy", "rain", "snow", "fog", "wind");

    private final SimulatedLatency latency;
    private final AtomicLong calls = new AtomicLong();
    private final Map<String, AtomicLong> callsPerCity = new ConcurrentHashMap<>();

    public WeatherService(Duration latency) {
        this.latency = SimulatedLatency.of(latency);
    }

    public Weather current(String city) {
        calls.incrementAndGet();
        callsPerCity.computeIfAbsent(city.toLowerCase(Locale.ROOT), name -> new AtomicLong()).incrementAndGet();
        latency.pause(); // deliberately slow: a call across the internet
        int seed = Math.floorMod(city.toLowerCase(Locale.ROOT).hashCode(), 1_000_003); // never negative, unlike Math.abs
        return new Weather(CityNames.spelling(city), seed % 40 - 10, CONDITIONS.get(seed % CONDITIONS.size()));
    }

    /** How many times the service was called: the number a cache should bring down. */
    public long calls() {
        return calls.get();
    }

    /** How many times it was asked about this city (in any letter case). */
    public long calls(String city) {
        AtomicLong count = callsPerCity.get(city.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }
}

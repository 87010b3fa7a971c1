package workshop.lesson03;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import io.javalin.http.Context;

import workshop.support.metrics.CacheRequestMetrics;
import workshop.support.web.ApiErrors;
import workshop.support.web.ApiErrors.BadRequest;

/**
 * The weather API, in front of a slow upstream service, cached in Memcached:
 *
 * <pre>
 * GET /weather/{city}            one city, cache-aside (exercise 3.1, keys from 3.2)
 * GET /weather?cities=Oslo,Paris  several cities in one round trip to Memcached (3.3)
 * GET /metrics                    reads of one city by X-Cache (hit, miss, bypass) and the hit ratio, Prometheus text
 * </pre>
 *
 * Responses say {@code X-Cache: HIT}, {@code MISS}, or {@code BYPASS} when Memcached could not answer (down, or
 * too slow): the upstream answers then, and the request still succeeds. A city name that is not a city name is a
 * 400 with a JSON error.
 */
public final class WeatherApi {

    /** Letters of any alphabet, with the spaces, hyphens, apostrophes and dots of real city names. */
    private static final Pattern CITY = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]{0,99}");
    static final int MAX_CITIES = 20;

    private WeatherApi() {
    }

    public static Javalin create(WeatherCache cache, WeatherBulkReader bulkReader, WeatherService service) {
        CacheRequestMetrics metrics = new CacheRequestMetrics();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            metrics.observe(config, "/weather/{city}", "weather");
            metrics.serve(config);
            config.routes.get("/weather/{city}", ctx -> weather(ctx, cache, service));
            config.routes.get("/weather", ctx -> severalCities(ctx, bulkReader, service));
            ApiErrors.install(config);
        });
    }

    // tag::weather[]
    private static void weather(Context ctx, WeatherCache cache, WeatherService service) {
        String city = city(ctx.pathParam("city"));
        Weather weather;
        try {
            WeatherCache.Lookup lookup = cache.find(city, service);
            weather = lookup.weather();
            ctx.header("X-Cache", lookup.hit() ? "HIT" : "MISS");
        } catch (UnsupportedOperationException | IllegalArgumentException exerciseNotDoneOrInvalidKey) {
            throw exerciseNotDoneOrInvalidKey; // bugs to see, not outages to hide
        } catch (RuntimeException cacheUnavailable) {
            // Down, timed out, cancelled: spymemcached has several ways to say it. The cache is an
            // optimisation, so the upstream answers and the request succeeds.
            weather = service.current(city);
            ctx.header("X-Cache", "BYPASS");
        }
        ctx.json(weather);
    }
    // end::weather[]

    /** Several cities in one round trip; with Memcached unavailable, each from the upstream. */
    private static void severalCities(Context ctx, WeatherBulkReader bulkReader, WeatherService service) {
        List<String> cities = cities(ctx.queryParam("cities"));
        Collection<Weather> weather;
        try {
            weather = bulkReader.getAll(cities, service).values();
        } catch (UnsupportedOperationException | IllegalArgumentException exerciseNotDoneOrInvalidKey) {
            throw exerciseNotDoneOrInvalidKey;
        } catch (RuntimeException cacheUnavailable) {
            weather = cities.stream().map(service::current).toList();
            ctx.header("X-Cache", "BYPASS");
        }
        ctx.json(weather);
    }

    static String city(String text) {
        String city = text == null ? "" : text.strip();
        if (!CITY.matcher(city).matches()) {
            throw new BadRequest("city must be a city's name: 1 to 100 letters, spaces, '-', ''' or '.', was \"" + text + "\"");
        }
        return city;
    }

    static List<String> cities(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequest("cities must list city names, e.g. ?cities=Oslo,Paris");
        }
        String[] names = text.split(",", -1);
        if (names.length > MAX_CITIES) {
            throw new BadRequest("at most " + MAX_CITIES + " cities at once, got " + names.length);
        }
        return Arrays.stream(names).map(WeatherApi::city)
                .filter(distinctIgnoringCase()).toList();
    }

    private static Predicate<String> distinctIgnoringCase() {
        Set<String> seen = new HashSet<>();
        return city -> seen.add(city.toLowerCase(Locale.ROOT));
    }

}

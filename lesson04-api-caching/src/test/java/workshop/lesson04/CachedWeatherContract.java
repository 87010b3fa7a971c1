package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.servers.Servers;

/** A slow upstream behind a TTL, the same on every store: the tests of exercise 4.4. */
interface CachedWeatherContract extends Store {

    @Test
    default void callsTheUpstreamOncePerCityPerTimeToLive(Connection store) throws Exception {
        WeatherService upstream = new WeatherService(Duration.ZERO);
        CachedWeather weather = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(60));
        for (int read = 0; read < 5; read++) {
            weather.find("Oslo");
            weather.find("OSLO");
            weather.find("Paris");
        }
        assertThat(upstream.calls("Oslo")).as("4.4 must call the upstream once per city, whatever its letter case (keys.weather(city)"
                + " makes one key): upstream calls for 5 reads of Oslo and 5 of OSLO").isEqualTo(1);
        assertThat(upstream.calls("Paris")).as("4.4: upstream calls for 5 reads of Paris").isEqualTo(1);

        // A one-second TTL: once the server has expired the entry (wait for it), the next read asks again.
        CachedWeather shortLived = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(1));
        shortLived.find("Lima");
        await().alias("4.4 must store the weather with the CachedWeather's own TTL (1 s here); Lima was still cached after 5 s")
                .atMost(Duration.ofSeconds(5)).until(() -> store.cache().get(store.keys().weather("Lima")).isEmpty());
        assertThat(shortLived.find("Lima").outcome()).as("4.4: the read after the entry expired").isEqualTo(CacheOutcome.MISS);
        assertThat(upstream.calls("Lima")).as("4.4: upstream calls for Lima, before and after it expired").isEqualTo(2);
    }

    @Test
    default void withTheCacheDownTheUpstreamAnswersMarkedBypass(Servers servers) throws Exception {
        WeatherService upstream = new WeatherService(Duration.ZERO);
        try (Connection store = connectToDeadServer(servers)) {
            CachedWeather weather = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(60));
            Lookup<Weather> lookup = Store.noException(() -> weather.find("Oslo"),
                    "4.4 must answer from the upstream, marked BYPASS, when the cache throws CacheUnavailableException");

            assertThat(lookup.outcome()).as("4.4 must answer from the upstream, marked BYPASS, when the cache throws CacheUnavailableException")
                    .isEqualTo(CacheOutcome.BYPASS);
            assertThat(lookup.value()).as("4.4: the weather with the cache down").contains(new WeatherService(Duration.ZERO).current("Oslo"));
        }
    }

    @Test
    default void theApiSaysWhatTheCacheDid(Connection store) throws Exception {
        WeatherService upstream = new WeatherService(Duration.ZERO);
        CachedWeather weather = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(60));
        assertThat(weather.find("Lima").outcome()).as("4.4: the first find of Lima").isEqualTo(CacheOutcome.MISS);
        CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60)))
                .withWeather(weather);
        JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
            assertThat(http.get("/weather/Lima").headers().get("X-Cache")).as("4.4: X-Cache of GET /weather/Lima, once cached").containsExactly("HIT");
            assertThat(http.get("/weather/Oslo;DROP").code()).as("GET /weather/Oslo;DROP").isEqualTo(400);
        });
    }

    /** One entry serves every letter case of a city, so what it holds must not be the first requester's typing. */
    @Test
    default void everyoneSeesTheNameTheServiceGivesWhoeverAskedFirst(Connection store) throws Exception {
        WeatherService upstream = new WeatherService(Duration.ZERO);
        CachedWeather weather = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(60));
        assertThat(weather.find("oSLO").outcome()).as("4.4: the first find of oSLO").isEqualTo(CacheOutcome.MISS);
        CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60)))
                .withWeather(weather);
        JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
            var oslo = http.get("/weather/Oslo");
            assertThat(oslo.headers().get("X-Cache"))
                    .as("4.4 must keep one entry per city, whatever its letter case: X-Cache of GET /weather/Oslo after a find of oSLO")
                    .containsExactly("HIT");
            assertThat(Json.read(oslo.body().string(), Weather.class).city())
                    .as("the city's name in GET /weather/Oslo, after someone asked for oSLO first").isEqualTo("Oslo");
        });
    }

    /** An old format, a bug elsewhere: what the cache holds for a city is not weather's JSON. Never a 500. */
    @Test
    default void anUnreadableCachedValueIsAMissAndIsReplaced(Connection store) throws Exception {
        WeatherService upstream = new WeatherService(Duration.ZERO);
        CachedWeather weather = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(60));
        weather.find("Oslo");
        assertThat(store.cache().get(store.keys().weather("Oslo"))).as("4.4 must store a city's weather under keys.weather(city):"
                + " one key per city, whatever its letter case").isPresent();
        store.cache().put(store.keys().weather("Oslo"), "{\"temperature\":", Duration.ofSeconds(60));

        Lookup<Weather> lookup = Store.noException(() -> weather.find("Oslo"),
                "4.4 must treat a cached value that does not parse as a miss, never an error (a 500)");

        assertThat(lookup.outcome()).as("4.4: a find over an unreadable cached value").isEqualTo(CacheOutcome.MISS);
        assertThat(lookup.value()).as("4.4: the weather, from the upstream").contains(new WeatherService(Duration.ZERO).current("Oslo"));
        assertThat(weather.find("Oslo").outcome()).as("4.4 must replace the unreadable value: the next find").isEqualTo(CacheOutcome.HIT);
    }

    /** The store answered the read, then failed the fill: the reader still gets the weather. */
    @Test
    default void aFillThatFailsStillAnswersFromTheUpstream(Connection store) throws Exception {
        CachedWeather weather = new CachedWeather(new ReadOnlyCache(store.cache()), store.keys(), new WeatherService(Duration.ZERO),
                Duration.ofSeconds(60));

        Lookup<Weather> lookup = Store.noException(() -> weather.find("Lima"), "4.4 must answer from the upstream when filling"
                + " the cache fails (catch CacheUnavailableException around the fill too)");

        assertThat(lookup.value()).as("4.4 must answer from the upstream when filling the cache fails: the weather of Lima")
                .contains(new WeatherService(Duration.ZERO).current("Lima"));
    }
}

package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/** A slow upstream behind a TTL, the same on every store: the tests of exercise 4.4. */
interface CachedWeatherContract extends Store {

    @Test
    default void callsTheUpstreamOncePerCityPerTimeToLive(RedisServer redis, MemcachedServer memcached) throws Exception {
        WeatherService upstream = new WeatherService(Duration.ZERO);
        try (Connection store = connect(redis, memcached)) {
            CachedWeather weather = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(60));
            for (int read = 0; read < 5; read++) {
                weather.find("Oslo");
                weather.find("OSLO");
                weather.find("Paris");
            }
            assertThat(upstream.calls("Oslo")).as("upstream calls for Oslo, in any case").isEqualTo(1);
            assertThat(upstream.calls("Paris")).isEqualTo(1);

            // A one-second TTL: once the server has expired the entry (wait for it), the next read asks again.
            CachedWeather shortLived = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(1));
            shortLived.find("Lima");
            await().atMost(Duration.ofSeconds(5)).until(() -> store.cache().get(store.keys().weather("Lima")).isEmpty());
            assertThat(shortLived.find("Lima").outcome()).isEqualTo(CacheOutcome.MISS);
            assertThat(upstream.calls("Lima")).isEqualTo(2);
        }
    }

    @Test
    default void withTheCacheDownTheUpstreamAnswersMarkedBypass(Servers servers) throws Exception {
        WeatherService upstream = new WeatherService(Duration.ZERO);
        try (Connection store = connectToDeadServer(servers)) {
            Lookup<Weather> lookup = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(60)).find("Oslo");

            assertThat(lookup.outcome()).isEqualTo(CacheOutcome.BYPASS);
            assertThat(lookup.value()).contains(new WeatherService(Duration.ZERO).current("Oslo"));
        }
    }

    @Test
    default void theApiSaysWhatTheCacheDid(RedisServer redis, MemcachedServer memcached) throws Exception {
        WeatherService upstream = new WeatherService(Duration.ZERO);
        try (Connection store = connect(redis, memcached)) {
            CachedWeather weather = new CachedWeather(store.cache(), store.keys(), upstream, Duration.ofSeconds(60));
            assertThat(weather.find("Lima").outcome()).isEqualTo(CacheOutcome.MISS);
            CatalogApi.Parts parts = CatalogApi.Parts.of(new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60)))
                    .withWeather(weather);
            JavalinTest.test(CatalogApi.create(parts), (server, http) -> {
                assertThat(http.get("/weather/Lima").headers().get("X-Cache")).containsExactly("HIT");
                assertThat(http.get("/weather/Oslo;DROP").code()).isEqualTo(400);
            });
        }
    }
}

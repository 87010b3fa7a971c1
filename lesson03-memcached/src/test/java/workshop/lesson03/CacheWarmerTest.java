package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.lesson03.Fixtures.Client;
import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;

/** Each test starts a Memcached of its own, to restart it without touching the class's (or anyone's) server. */
@RealServers
@DisplayName("Exercise 3.7: No persistence, and warming after a restart")
class CacheWarmerTest {

    @Test
    void aRestartEmptiesTheCacheAndWarmingRefillsTheHotEntries(Servers servers) throws Exception {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());
        CityKeys keys = CityKeys.naive("");
        try (Client client = Client.of(memcached)) {
            for (String city : List.of("Oslo", "Paris", "Lima")) {
                client.memcached().set(keys.forCity(city), 600, WeatherJson.write(Fixtures.service().current(city))).get();
            }
        }

        memcached.restart();

        try (Client client = Client.of(memcached)) {
            assertThat(client.memcached().getBulk(keys.forCity("Oslo"), keys.forCity("Paris"), keys.forCity("Lima")))
                    .as("what Memcached holds after a restart").isEmpty();

            WeatherService service = Fixtures.service();
            new CacheWarmer(client.memcached(), keys, 600).warm(List.of("Oslo", "Paris"), service);

            assertThat(service.calls()).isEqualTo(2);
            assertThat(client.memcached().get(keys.forCity("Oslo"))).isEqualTo(WeatherJson.write(Fixtures.service().current("Oslo")));
        }
    }

    @Test
    void afterARestartTheApiAnswersFromTheUpstreamThenCachesAgain(Servers servers) throws Exception {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());
        CityKeys keys = CityKeys.naive("");
        WeatherService service = Fixtures.service();
        try (Client client = Client.of(memcached)) {
            new CacheWarmer(client.memcached(), keys, 600).warm(List.of("Oslo"), service);
            JavalinTest.test(WeatherApi.create(new WeatherCache(client.memcached(), keys, 600),
                    new WeatherBulkReader(client.memcached(), keys, 600), service), (server, http) -> {
                assertThat(http.get("/weather/Oslo").headers().get("X-Cache")).as("a warmed city").containsExactly("HIT");
                var lima = http.get("/weather/Lima");
                assertThat(lima.code()).isEqualTo(200);
                assertThat(lima.headers().get("X-Cache")).as("a city nobody warmed").containsExactly("MISS");
                assertThat(http.get("/weather/Lima").headers().get("X-Cache")).containsExactly("HIT");
            });
        }
    }
}

package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;

@RealServers
@DisplayName("Exercise 3.1: Cache-aside with expiry")
class WeatherCacheTest {

    @Test
    void asksTheUpstreamOncePerCity(MemcachedServer memcached) {
        WeatherService service = Fixtures.service();
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            WeatherCache cache = new WeatherCache(client.memcached(), CityKeys.naive(FreshNamespace.inside(memcached)), 60);

            for (int read = 0; read < 5; read++) {
                cache.find("Oslo", service);
                cache.find("Paris", service);
            }

            assertThat(service.calls("Oslo")).as("3.1 must ask the upstream once for 5 reads of Oslo, then answer from Memcached: upstream calls").isEqualTo(1);
            assertThat(service.calls("Paris")).as("3.1 must ask the upstream once for 5 reads of Paris: upstream calls").isEqualTo(1);
        }
    }

    @Test
    void saysWhetherItWasAHit(MemcachedServer memcached) {
        WeatherService service = Fixtures.service();
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            WeatherCache cache = new WeatherCache(client.memcached(), CityKeys.naive(FreshNamespace.inside(memcached)), 60);

            WeatherCache.Lookup first = cache.find("Lima", service);
            WeatherCache.Lookup second = cache.find("Lima", service);

            assertThat(first.hit()).as("3.1 must say a first read is a miss (hit=false): Lookup.hit() of the first read").isFalse();
            assertThat(second.hit()).as("3.1 must say a second read is a hit (hit=true): Lookup.hit() of the second read").isTrue();
            assertThat(second.weather()).as("3.1 must return the same weather from Memcached as from the upstream")
                    .isEqualTo(first.weather()).isEqualTo(Fixtures.service().current("Lima"));
        }
    }

    @Test
    void storesTheWeathersJsonUnderTheCitysKey(MemcachedServer memcached) {
        CityKeys keys = CityKeys.naive(FreshNamespace.inside(memcached));
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            new WeatherCache(client.memcached(), keys, 60).find("Oslo", Fixtures.service());

            assertThat(client.memcached().get(keys.forCity("Oslo")))
                    .as("3.1 must store the weather as JSON (WeatherJson.write) under keys.forCity(city): what Memcached holds there")
                    .isEqualTo(WeatherJson.write(Fixtures.service().current("Oslo")));
        }
    }

    @Test
    void asksTheUpstreamAgainOnceTheEntryHasExpired(MemcachedServer memcached) {
        CityKeys keys = CityKeys.naive(FreshNamespace.inside(memcached));
        WeatherService service = Fixtures.service();
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            WeatherCache cache = new WeatherCache(client.memcached(), keys, 1);
            cache.find("Oslo", service);

            // Memcached counts expiry in whole seconds: wait for the server to drop it, do not guess with a sleep.
            await().alias("3.1 must store the entry with the cache's TTL (1 s here), so Memcached drops it; it was still there after 5 s")
                    .atMost(Duration.ofSeconds(5)).until(() -> client.memcached().get(keys.forCity("Oslo")) == null);
            cache.find("Oslo", service);

            assertThat(service.calls("Oslo")).as("3.1 must ask the upstream again once the entry has expired: upstream calls").isEqualTo(2);
        }
    }

    @Test
    void theApiAnswersMissThenHit(MemcachedServer memcached) {
        WeatherService service = Fixtures.service();
        CityKeys keys = CityKeys.naive(FreshNamespace.inside(memcached));
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            WeatherCache cache = new WeatherCache(client.memcached(), keys, 60);
            JavalinTest.test(WeatherApi.create(cache, new WeatherBulkReader(client.memcached(), keys, 60), service), (server, http) -> {
                var first = http.get("/weather/Oslo");
                assertThat(first.code()).as("3.1: GET /weather/Oslo must answer 200; it answered: %s", first.body().string()).isEqualTo(200);
                assertThat(first.headers().get("X-Cache")).as("3.1: the first GET must be a MISS: X-Cache").containsExactly("MISS");

                assertThat(http.get("/weather/Oslo").headers().get("X-Cache")).as("3.1: the second GET must be a HIT: X-Cache").containsExactly("HIT");
                assertThat(service.calls()).as("3.1 must call the upstream once for two GETs: upstream calls").isEqualTo(1);
            });
        }
    }
}

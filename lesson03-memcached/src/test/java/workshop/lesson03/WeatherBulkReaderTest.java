package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import net.spy.memcached.MemcachedClient;

import workshop.support.junit.RealServers;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;
import workshop.support.servers.MemcachedServer;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;
import workshop.support.testing.JsonBody;

@RealServers
@DisplayName("Exercise 3.3: Multi-get in one round trip")
class WeatherBulkReaderTest {

    private static final List<String> CITIES = List.of("Oslo", "Paris", "Lima", "Accra");

    @Test
    void returnsEveryCityInTheOrderAsked(MemcachedServer memcached) {
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            WeatherBulkReader reader = new WeatherBulkReader(client.memcached(), CityKeys.naive(FreshNamespace.inside(memcached)), 60);

            var weather = reader.getAll(CITIES, Fixtures.service());

            assertThat(weather.keySet()).as("3.3 must answer every city, in the order asked (a LinkedHashMap keeps it)")
                    .containsExactlyElementsOf(CITIES);
            assertThat(weather.get("Lima")).as("3.3: the weather answered for Lima").isEqualTo(Fixtures.service().current("Lima"));
        }
    }

    @Test
    void asksTheUpstreamOnlyForTheMissesAndStoresThem(MemcachedServer memcached) throws Exception {
        CityKeys keys = CityKeys.naive(FreshNamespace.inside(memcached));
        WeatherService service = Fixtures.service();
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            client.memcached().set(keys.forCity("Paris"), 60, WeatherJson.write(Fixtures.service().current("Paris"))).get();
            WeatherBulkReader reader = new WeatherBulkReader(client.memcached(), keys, 60);

            reader.getAll(CITIES, service);
            assertThat(service.calls()).as("3.3 must ask the upstream only for the misses: upstream calls for 4 cities, Paris cached").isEqualTo(3);
            assertThat(service.calls("Paris")).as("3.3 must answer Paris from Memcached: upstream calls for Paris").isZero();

            reader.getAll(CITIES, service);
            assertThat(service.calls()).as("3.3 must store each miss it fetched (set), so the next read is all hits: upstream calls once all 4 were asked for").isEqualTo(3);
        }
    }

    /** Counted on the wire, between the client and Memcached: ten gets wait for ten answers, one getBulk for one. */
    @Test
    void readsEveryCachedCityInOneRoundTrip(MemcachedServer memcached) throws Exception {
        CityKeys keys = CityKeys.naive(FreshNamespace.inside(memcached));
        try (CountingProxy proxy = CountingProxy.memcached(memcached.address())) {
            try (ClosingMemcachedClient closing = new ClosingMemcachedClient(memcached.newClientThrough(proxy))) {
                MemcachedClient client = closing.memcached();
                WeatherBulkReader reader = new WeatherBulkReader(client, keys, 60);
                for (String city : CITIES) {
                    client.set(keys.forCity(city), 60, WeatherJson.write(Fixtures.service().current(city))).get();
                }
                proxy.reset();

                var weather = reader.getAll(CITIES, Fixtures.service());

                Traffic traffic = proxy.traffic();
                assertThat(weather).as("3.3: the weather of the %d cached cities", CITIES.size()).hasSize(CITIES.size());
                assertThat(traffic.roundTrips()).as("3.3 must read all %d cities in one round trip to Memcached (one getBulk),"
                        + " not one per city: round trips seen on the wire (%s)", CITIES.size(), traffic).isEqualTo(1);
            }
        }
    }

    @Test
    void theApiAnswersSeveralCitiesAtOnce(MemcachedServer memcached) {
        CityKeys keys = CityKeys.naive(FreshNamespace.inside(memcached));
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            assertThat(new WeatherBulkReader(client.memcached(), keys, 60).getAll(List.of("Oslo"), Fixtures.service()))
                    .as("3.3: the weather of one city asked for").hasSize(1);
            JavalinTest.test(WeatherApi.create(new WeatherCache(client.memcached(), keys, 60),
                    new WeatherBulkReader(client.memcached(), keys, 60), Fixtures.service()), (server, http) -> {
                var response = http.get("/weather?cities=Oslo,Paris,oslo");

                var body = JsonBody.parse(response.body().string());
                assertThat(body).as("3.3: GET /weather?cities=Oslo,Paris,oslo must answer one entry per city, whatever its case").hasSize(2);
                assertThat(body.get(1).get("city").asText()).as("3.3: the second city answered").isEqualTo("Paris");
            });
        }
    }

    @Test
    void storesTheMissesWithItsTimeToLive(MemcachedServer memcached) {
        CityKeys keys = CityKeys.naive(FreshNamespace.inside(memcached));
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            new WeatherBulkReader(client.memcached(), keys, 600).getAll(CITIES, Fixtures.service());
            client.memcached().get(keys.forCity("Lima")); // after the reader's sets on the same connection: they have landed

            assertThat(memcached.secondsToLive(keys.forCity("Lima"))).as("3.3 must store each miss with the reader's TTL"
                    + " (600 s here; 0 means never expires): the seconds Memcached gives Lima's entry (-1: never expires; -2: not there)")
                    .isBetween(590L, 600L);
        }
    }
}

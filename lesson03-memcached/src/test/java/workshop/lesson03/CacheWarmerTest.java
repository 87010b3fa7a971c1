package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import net.spy.memcached.AddrUtil;
import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.MemcachedClient;

import workshop.support.junit.RealServers;
import workshop.support.faults.HungServer;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;

/** Each test starts a Memcached of its own, to restart it without touching the class's (or anyone's) server. */
@RealServers
@DisplayName("Exercise 3.7: No persistence, and warming after a restart")
class CacheWarmerTest {

    @Test
    void aRestartEmptiesTheCacheAndWarmingRefillsTheHotEntries(Servers servers) throws Exception {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());
        CityKeys keys = CityKeys.naive("");
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            for (String city : List.of("Oslo", "Paris", "Lima")) {
                client.memcached().set(keys.forCity(city), 600, WeatherJson.write(Fixtures.service().current(city))).get();
            }
        }

        memcached.restart();

        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            assertThat(client.memcached().getBulk(keys.forCity("Oslo"), keys.forCity("Paris"), keys.forCity("Lima")))
                    .as("what Memcached holds after a restart").isEmpty();

            WeatherService service = Fixtures.service();
            new CacheWarmer(client.memcached(), keys, 600).warm(List.of("Oslo", "Paris"), service);

            assertThat(service.calls()).as("3.7 must load each city once from the upstream: upstream calls for 2 cities").isEqualTo(2);
            assertThat(client.memcached().get(keys.forCity("Oslo"))).as("3.7 must warm each city: its JSON under keys.forCity(city); what Memcached holds for Oslo")
                    .isEqualTo(WeatherJson.write(Fixtures.service().current("Oslo")));
        }
    }

    /**
     * A warmer that returns before Memcached has acknowledged its writes says "warm" of a cache that may be cold. Against a
     * server that never answers, waiting for each write is what makes warm fail (after the client's 100 ms timeout)
     * instead of pretending.
     */
    @Test
    void warmingAServerThatNeverAnswersFailsInsteadOfPretending() throws Exception {
        try (HungServer hung = new HungServer();
                ClosingMemcachedClient client = new ClosingMemcachedClient(new MemcachedClient(
                        new ConnectionFactoryBuilder().setOpTimeout(100).setDaemon(true).build(), AddrUtil.getAddresses(hung.address())))) {
            Throwable thrown = catchThrowable(() -> new CacheWarmer(client.memcached(), CityKeys.naive(""), 600).warm(List.of("Oslo"), Fixtures.service()));
            if (thrown instanceof UnsupportedOperationException notDoneYet) {
                throw notDoneYet;
            }
            assertThat(thrown).as("3.7 must wait for each write's answer (the Future that set returns) and fail when there is none;"
                    + " warm returned normally although the server never acknowledged a write").isNotNull();
        }
    }

    @Test
    void afterARestartTheApiAnswersFromTheUpstreamThenCachesAgain(Servers servers) throws Exception {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());
        CityKeys keys = CityKeys.naive("");
        WeatherService service = Fixtures.service();
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            new CacheWarmer(client.memcached(), keys, 600).warm(List.of("Oslo"), service);
            JavalinTest.test(WeatherApi.create(new WeatherCache(client.memcached(), keys, 600),
                    new WeatherBulkReader(client.memcached(), keys, 600), service), (server, http) -> {
                assertThat(http.get("/weather/Oslo").headers().get("X-Cache")).as("3.7: a warmed city must be a HIT at once").containsExactly("HIT");
                var lima = http.get("/weather/Lima");
                assertThat(lima.code()).as("GET /weather/Lima").isEqualTo(200);
                assertThat(lima.headers().get("X-Cache")).as("a city nobody warmed").containsExactly("MISS");
                assertThat(http.get("/weather/Lima").headers().get("X-Cache")).as("a city asked for twice").containsExactly("HIT");
            });
        }
    }

    @Test
    void warmsEachEntryWithItsTimeToLive(MemcachedServer memcached) throws Exception {
        CityKeys keys = CityKeys.naive(FreshNamespace.inside(memcached));
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            new CacheWarmer(client.memcached(), keys, 600).warm(List.of("Oslo", "Paris"), Fixtures.service());
            // After the warmer's sets on the same connection: they have landed, whether or not warm waited for them
            // (not waiting is another test's concern, and must fail there, saying so).
            client.memcached().get(keys.forCity("Paris"));

            assertThat(memcached.secondsToLive(keys.forCity("Paris"))).as("3.7 must warm each entry with the warmer's TTL"
                    + " (600 s here; 0 means never expires, and a warmed copy would never be refreshed): the seconds Memcached"
                    + " gives Paris's entry (-1: never expires; -2: not there)")
                    .isBetween(590L, 600L);
        }
    }
}

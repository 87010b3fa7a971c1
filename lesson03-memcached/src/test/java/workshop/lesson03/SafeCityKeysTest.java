package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;
import workshop.support.testing.JsonBody;

@RealServers
@DisplayName("Exercise 3.2: Safe keys for any city name")
class SafeCityKeysTest {

    /** Names a user can type, each of which would break a naive key. */
    static final List<String> HOSTILE = List.of(
            "São Paulo", "New York", "北京", "東京", "Zürich", "Ho Chi Minh City", "Llanfair" + "pwllgwyngyll".repeat(30),
            "tab\tseparated", "new\nline", "nul\u0000byte", "emoji \uD83C\uDF27", " padded ", "x".repeat(251), "x".repeat(300));

    @Test
    void everyNameBecomesAValidKey() {
        CityKeys keys = new SafeCityKeys("run-1:");

        for (String city : HOSTILE) {
            String key = keys.forCity(city);
            assertThat(MemcachedKeys.isValid(key)).as("3.2 must make a valid key (printable ASCII, at most 250 bytes) for %s; it made: %s",
                    city.replace("\u0000", "\\0"), key).isTrue();
            assertThat(key).as("3.2 must keep the namespace and the lesson's prefix").startsWith("run-1:lesson03:weather:");
        }
    }

    @Test
    void differentCitiesGetDifferentKeys() {
        CityKeys keys = new SafeCityKeys("");
        Set<String> made = new HashSet<>();

        for (String city : HOSTILE) {
            assertThat(made.add(keys.forCity(city))).as("3.2 must give %s a key of its own; it got %s, already another city's (keys so far: %s)",
                    city, keys.forCity(city), made).isTrue();
        }
        assertThat(keys.forCity("Bern")).as("3.2 must give Bern and Berne different keys").isNotEqualTo(keys.forCity("Berne"));
    }

    @Test
    void oneCityHasOneKeyHoweverItIsTyped() {
        CityKeys keys = new SafeCityKeys("");

        assertThat(keys.forCity(" oslo ")).as("3.2 must give \" oslo \" (spaces around) the key of \"oslo\"").isEqualTo(keys.forCity("oslo"));
        assertThat(keys.forCity("OSLO")).as("3.2 must give \"OSLO\" the key of \"oslo\" (lower case)").isEqualTo(keys.forCity("oslo"));
        assertThat(keys.forCity("New  York")).as("3.2 must give \"New  York\" (two spaces) the key of \"new york\"").isEqualTo(keys.forCity("new york"));
        assertThat(keys.forCity(Normalizer.normalize("São Paulo", Normalizer.Form.NFD)))
                .as("3.2 must give São Paulo one key whether ã is one character or a + a combining tilde (normalise to NFC before anything else)")
                .isEqualTo(keys.forCity("São Paulo"));
    }

    @Test
    void keepsPlainNamesReadable() {
        assertThat(new SafeCityKeys("").forCity("Oslo")).as("3.2 must keep a plain name readable (hash only what cannot be a key)")
                .isEqualTo("lesson03:weather:oslo");
        assertThat(new SafeCityKeys("").forCity("New York")).as("3.2 must keep a plain name readable, spaces as one '-'")
                .isEqualTo("lesson03:weather:new-york");
    }

    @Test
    void everyHostileNameCanBeCachedAndReadBack(MemcachedServer memcached) {
        WeatherService service = Fixtures.service();
        CityKeys keys = new SafeCityKeys(FreshNamespace.inside(memcached));
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            WeatherCache cache = new WeatherCache(client.memcached(), keys, 60);

            for (String city : HOSTILE) {
                String key = keys.forCity(city);
                cache.find(city, service);
                assertThat(client.memcached().get(key)).as("3.2: what Memcached holds under the key made for %s", city)
                        .isEqualTo(WeatherJson.write(Fixtures.service().current(city)));
            }
        }
    }

    /** One city, one name: whoever asked first, in whatever letter case, must not decide how everyone sees it. */
    @Test
    void aCityIsNamedTheSameForEveryoneWhoeverAskedFirst(MemcachedServer memcached) {
        CityKeys keys = new SafeCityKeys(FreshNamespace.inside(memcached));
        assertThat(keys.forCity("pARIS")).as("3.2 must give pARIS and Paris one key").isEqualTo(keys.forCity("Paris"));
        WeatherService service = Fixtures.service();
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            JavalinTest.test(WeatherApi.create(new WeatherCache(client.memcached(), keys, 60),
                    new WeatherBulkReader(client.memcached(), keys, 60), service), (server, http) -> {
                http.get("/weather/pARIS");
                var paris = http.get("/weather/Paris");

                assertThat(paris.headers().get("X-Cache")).as("GET /weather/Paris after GET /weather/pARIS: one entry").containsExactly("HIT");
                assertThat(JsonBody.parse(paris.body().string()).get("city").asText())
                        .as("the city's name, after someone asked for pARIS first").isEqualTo("Paris");
                assertThat(JsonBody.parse(http.get("/weather?cities=sÃO%20pAULO,oslo").body().string()).findValuesAsText("city"))
                        .as("the cities' names, asked for in odd letter cases").containsExactly("São Paulo", "Oslo");
            });
        }
    }
}

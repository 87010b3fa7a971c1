package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import workshop.lesson03.Fixtures.Client;
import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;

@RealServers
@DisplayName("Exercise 3.2: Safe keys for any city name")
class SafeCityKeysTest {

    /** Names a user can type, each of which would break a naive key. */
    static final List<String> HOSTILE = List.of(
            "São Paulo", "New York", "北京", "Zürich", "Ho Chi Minh City", "Llanfair" + "pwllgwyngyll".repeat(30),
            "tab\tseparated", "new\nline", "nul\u0000byte", "emoji \uD83C\uDF27", " padded ", "x".repeat(251));

    @Test
    void everyNameBecomesAValidKey() {
        CityKeys keys = new SafeCityKeys("run-1:");

        for (String city : HOSTILE) {
            String key = keys.forCity(city);
            assertThat(MemcachedKeys.isValid(key)).as("the key for %s: %s", city.replace("\u0000", "\\0"), key).isTrue();
            assertThat(key).startsWith("run-1:lesson03:weather:");
        }
    }

    @Test
    void differentCitiesGetDifferentKeys() {
        CityKeys keys = new SafeCityKeys("");
        Set<String> made = new HashSet<>();

        for (String city : HOSTILE) {
            assertThat(made.add(keys.forCity(city))).as("a new key for %s", city).isTrue();
        }
        assertThat(keys.forCity("Bern")).isNotEqualTo(keys.forCity("Berne"));
    }

    @Test
    void oneCityHasOneKeyHoweverItIsTyped() {
        CityKeys keys = new SafeCityKeys("");

        assertThat(keys.forCity(" Oslo ")).isEqualTo(keys.forCity("oslo")).isEqualTo(keys.forCity("OSLO"));
        assertThat(keys.forCity("New  York")).isEqualTo(keys.forCity("new york"));
        assertThat(keys.forCity(Normalizer.normalize("São Paulo", Normalizer.Form.NFD)))
                .as("ã as one character or as a + combining tilde").isEqualTo(keys.forCity("São Paulo"));
    }

    @Test
    void keepsPlainNamesReadable() {
        assertThat(new SafeCityKeys("").forCity("Oslo")).isEqualTo("lesson03:weather:oslo");
        assertThat(new SafeCityKeys("").forCity("New York")).isEqualTo("lesson03:weather:new-york");
    }

    @Test
    void everyHostileNameCanBeCachedAndReadBack(MemcachedServer memcached) {
        WeatherService service = Fixtures.service();
        CityKeys keys = new SafeCityKeys(Fixtures.freshNamespace(memcached));
        try (Client client = Client.of(memcached)) {
            WeatherCache cache = new WeatherCache(client.memcached(), keys, 60);

            for (String city : HOSTILE) {
                String key = keys.forCity(city);
                cache.find(city, service);
                assertThat(client.memcached().get(key)).as("what Memcached holds for %s", city)
                        .isEqualTo(WeatherJson.write(Fixtures.service().current(city)));
            }
        }
    }
}

package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.javalin.testtools.JavalinTest;

import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.JsonBody;
import workshop.support.web.ApiErrors;
import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;

/**
 * The given API: what is not a city's name gets a 400 with a JSON error, before any cache or upstream call. (A NUL
 * byte, %00, never reaches the API: the web server itself refuses such a request with 400.)
 */
@RealServers
class WeatherApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"/weather/Oslo%3B%20DROP", "/weather/123", "/weather/%20", "/weather/tab%09x",
            "/weather/Oslo%0D%0Aversion", "/weather?cities=", "/weather?cities=Oslo,,Paris", "/weather?cities=Oslo,42"})
    void whatIsNotACityIsA400WithAJsonError(String path, MemcachedServer memcached) {
        WeatherService service = Fixtures.service();
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            CityKeys keys = CityKeys.naive("");
            JavalinTest.test(WeatherApi.create(new WeatherCache(client.memcached(), keys, 60),
                    new WeatherBulkReader(client.memcached(), keys, 60), service), (server, http) -> {
                var response = http.get(path);

                assertThat(response.code()).as("GET %s", path).isEqualTo(400);
                assertThat(JsonBody.parse(response.body().string()).get("error").asText()).isNotBlank();
                assertThat(service.calls()).isZero();
            });
        }
    }

    @Test
    void aNameOfMoreThanAHundredLettersIsA400() {
        assertThat(WeatherApi.city("a".repeat(100))).hasSize(100);
        assertThat(catchThrowable(() -> WeatherApi.city("a".repeat(101))))
                .isInstanceOf(ApiErrors.BadRequest.class);
        assertThat(catchThrowable(() ->
                WeatherApi.cities(String.join(",", Collections.nCopies(WeatherApi.MAX_CITIES + 1, "Oslo")))))
                .hasMessage("at most 20 cities at once, got 21");
    }

    @Test
    void realCityNamesOfEveryAlphabetAreAccepted() {
        assertThat(WeatherApi.city(" São Paulo ")).isEqualTo("São Paulo");
        assertThat(WeatherApi.city("北京")).isEqualTo("北京");
        assertThat(WeatherApi.city("Val-d'Or")).isEqualTo("Val-d'Or");
        assertThat(WeatherApi.city("St. John's")).isEqualTo("St. John's");
    }

    @Test
    void theUpstreamCountsItsCallsPerCityInAnyCase() {
        WeatherService service = Fixtures.service();

        service.current("Oslo");
        service.current("OSLO");

        assertThat(service.calls("oslo")).isEqualTo(2);
        assertThat(service.current("Oslo")).isEqualTo(Fixtures.service().current("Oslo"));
    }
}

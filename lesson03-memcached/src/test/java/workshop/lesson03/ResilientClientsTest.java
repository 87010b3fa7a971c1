package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import net.spy.memcached.MemcachedClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.HungServer;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;

/** A cache that is down or hung must cost a request little time and no error. */
@RealServers
@DisplayName("Exercise 3.9: Short timeouts, and BYPASS when Memcached is down")
class ResilientClientsTest {

    @Test
    void givesUpAfterAShortTimeoutNotSpymemcachedsTwoAndAHalfSeconds(MemcachedServer memcached) {
        MemcachedClient client = ResilientClients.forAddresses(memcached.address().toString());
        try {
            assertThat(client.getOperationTimeout()).isLessThanOrEqualTo(250);
            // The client connects in the background; with FailureMode.Cancel, an operation sent before that is cancelled.
            await().atMost(Duration.ofSeconds(5)).until(() -> !client.getAvailableServers().isEmpty());
        } finally {
            client.shutdown();
        }
    }

    @Test
    void withMemcachedDownTheApiAnswersFromTheUpstreamMarkedBypass(Servers servers) {
        MemcachedServer doomed = servers.memcached(MemcachedConfig.defaults());
        MemcachedClient client = ResilientClients.forAddresses(doomed.address().toString());
        try {
            doomed.kill();
            // FailureMode.Cancel: operations for a node that is gone are cancelled at once, not queued until a timeout.
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThatThrownBy(() -> client.get("anything")).isInstanceOf(CancellationException.class));
        } catch (RuntimeException | Error e) {
            client.shutdown();
            throw e;
        }
        assertBypass(client);
    }

    @Test
    void withMemcachedHungTheApiAnswersFromTheUpstreamMarkedBypass() throws Exception {
        try (HungServer hung = new HungServer()) {
            assertBypass(ResilientClients.forAddresses(hung.address()));
        }
    }

    private static void assertBypass(MemcachedClient client) {
        WeatherService service = Fixtures.service();
        CityKeys keys = CityKeys.naive("");
        try {
            JavalinTest.test(WeatherApi.create(new WeatherCache(client, keys, 60), new WeatherBulkReader(client, keys, 60), service), (server, http) -> {
                for (int request = 0; request < 3; request++) {
                    var response = http.get("/weather/Oslo");
                    assertThat(response.code()).as("GET /weather/Oslo answered: %s", response.body().string()).isEqualTo(200);
                    assertThat(response.headers().get("X-Cache")).containsExactly("BYPASS");
                }
                assertThat(service.calls("Oslo")).isEqualTo(3);
                var several = http.get("/weather?cities=Oslo,Lima");
                assertThat(several.code()).as("GET /weather?cities=Oslo,Lima answered: %s", several.body().string()).isEqualTo(200);
                assertThat(several.headers().get("X-Cache")).containsExactly("BYPASS");
            });
        } finally {
            client.shutdown();
        }
    }
}

package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import net.spy.memcached.MemcachedClient;

import workshop.support.junit.RealServers;
import workshop.support.faults.HungServer;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;
import workshop.support.testing.ClosingMemcachedClient;

/** A cache that is down or hung must cost a request little time and no error. */
@RealServers
@DisplayName("Exercise 3.9: Short timeouts, and BYPASS when Memcached is down")
class ResilientClientsTest {

    @Test
    void givesUpAfterAShortTimeoutNotSpymemcachedsTwoAndAHalfSeconds(MemcachedServer memcached) {
        try (ClosingMemcachedClient client = new ClosingMemcachedClient(ResilientClients.forAddresses(memcached.address().toString()))) {
            assertThat(client.memcached().getOperationTimeout()).as("3.9 must set the operation timeout (setOpTimeout) to at most 250 ms,"
                    + " not spymemcached's 2,500: the client's operation timeout in ms").isLessThanOrEqualTo(250);
            // The client connects in the background; with FailureMode.Cancel, an operation sent before that is cancelled.
            await().alias("3.9: the client must connect to a running Memcached (it did not within 5 s)")
                    .atMost(Duration.ofSeconds(5)).until(() -> !client.memcached().getAvailableServers().isEmpty());
        }
    }

    @Test
    void withMemcachedDownTheApiAnswersFromTheUpstreamMarkedBypass(Servers servers) {
        MemcachedServer doomed = servers.memcached(MemcachedConfig.defaults());
        try (ClosingMemcachedClient closing = new ClosingMemcachedClient(ResilientClients.forAddresses(doomed.address().toString()))) {
            MemcachedClient client = closing.memcached();
            doomed.kill();
            // FailureMode.Cancel: operations for a node that is gone are cancelled at once, not queued until a timeout.
            await().alias("3.9 must cancel at once the operations for a node it cannot reach (FailureMode.Cancel), not queue them"
                    + " until a timeout or send them elsewhere; a get on the killed server was still not cancelled after 5 s")
                    .atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                            assertThatThrownBy(() -> client.get("anything")).isInstanceOf(CancellationException.class));
            // Once it knows the node is gone, every operation for it must be cancelled at once: none may wait for its timeout.
            List<String> notCancelled = new ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                Throwable thrown = catchThrowable(() -> client.get("anything"));
                if (!(thrown instanceof CancellationException)) {
                    notCancelled.add(String.valueOf(thrown));
                }
            }
            assertThat(notCancelled).as("%s must cancel at once every operation for a node it cannot reach (FailureMode.Cancel),"
                    + " not queue it until its timeout: of 3 gets on the killed server, those not cancelled", "3.9").isEmpty();
            assertBypass(client);
        }
    }

    @Test
    void withMemcachedHungTheApiAnswersFromTheUpstreamMarkedBypass() throws Exception {
        try (HungServer hung = new HungServer();
                ClosingMemcachedClient client = new ClosingMemcachedClient(ResilientClients.forAddresses(hung.address()))) {
            assertBypass(client.memcached());
        }
    }

    private static void assertBypass(MemcachedClient client) {
        WeatherService service = Fixtures.service();
        CityKeys keys = CityKeys.naive("");
        JavalinTest.test(WeatherApi.create(new WeatherCache(client, keys, 60), new WeatherBulkReader(client, keys, 60), service), (server, http) -> {
            for (int request = 0; request < 3; request++) {
                var response = http.get("/weather/Oslo");
                assertThat(response.code()).as("3.9: with the cache unavailable, GET /weather/Oslo must answer 200; it answered: %s",
                        response.body().string()).isEqualTo(200);
                assertThat(response.headers().get("X-Cache")).as("3.9: with the cache unavailable, X-Cache").containsExactly("BYPASS");
            }
            assertThat(service.calls("Oslo")).as("3.9: upstream calls for 3 requests with the cache unavailable").isEqualTo(3);
            var several = http.get("/weather?cities=Oslo,Lima");
            assertThat(several.code()).as("3.9: with the cache unavailable, GET /weather?cities=Oslo,Lima must answer 200; it answered: %s",
                    several.body().string()).isEqualTo(200);
            assertThat(several.headers().get("X-Cache")).as("3.9: with the cache unavailable, X-Cache of several cities").containsExactly("BYPASS");
        });
    }

    /** A client's I/O thread that is not a daemon keeps the JVM alive after main ends: an app that never exits. */
    @Test
    void theClientsThreadsDoNotKeepTheJvmAlive() throws Exception {
        try (HungServer hung = new HungServer();
                ClosingMemcachedClient client = new ClosingMemcachedClient(ResilientClients.forAddresses(hung.address()))) {
            List<String> keepingTheJvmAlive = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().contains(":" + hung.port()) && !thread.isDaemon())
                    .map(Thread::getName).toList();

            assertThat(keepingTheJvmAlive).as("3.9 must make the client's threads daemons (setDaemon(true)), so they never keep"
                    + " the JVM alive: its threads that are not daemons").isEmpty();
        }
    }
}

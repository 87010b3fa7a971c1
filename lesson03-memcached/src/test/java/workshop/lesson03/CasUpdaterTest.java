package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import workshop.lesson03.Fixtures.Client;
import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;

@RealServers
@DisplayName("Exercise 3.4: CAS, no lost update")
class CasUpdaterTest {

    private static String plusOne(String count) {
        return count == null ? "1" : Long.toString(Long.parseLong(count) + 1);
    }

    @Test
    void appliesTheChangeToTheCurrentValue(MemcachedServer memcached) throws Exception {
        String key = Fixtures.freshNamespace(memcached) + "greeting";
        try (Client client = Client.of(memcached)) {
            CasUpdater updater = new CasUpdater(client.memcached());

            assertThat(updater.update(key, 60, value -> value == null ? "hello" : value + "!")).isEqualTo("hello");
            assertThat(updater.update(key, 60, value -> value == null ? "hello" : value + "!")).isEqualTo("hello!");
            assertThat(client.memcached().get(key)).isEqualTo("hello!");
        }
    }

    @Test
    void eightWritersOfOneValueLoseNoUpdate(MemcachedServer memcached) {
        String key = Fixtures.freshNamespace(memcached) + "page-views";
        try (Client client = Client.of(memcached)) {
            CasUpdater updater = new CasUpdater(client.memcached());

            // Eight writers start on a key that does not exist yet: the first add wins, the rest go through cas.
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                writers.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 25; i++) {
                        try {
                            updater.update(key, 60, CasUpdaterTest::plusOne);
                        } catch (Exception e) {
                            throw new CompletionException(e);
                        }
                    }
                }));
            }
            writers.forEach(CasUpdaterTest::join);

            assertThat(client.memcached().get(key)).isEqualTo("200");
        }
    }

    /** The writer's outcome; its own exception (its message names the exercise), not a wrapper. */
    private static void join(CompletableFuture<Void> writer) {
        try {
            writer.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof CompletionException inner ? inner.getCause() : e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }
}

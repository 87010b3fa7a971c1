package workshop.lesson03;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.spy.memcached.MemcachedClient;

import workshop.support.servers.MemcachedServer;

/** What the tests share: fresh keys per test, an instant upstream, a client that is always shut down. */
final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** A namespace no other test uses, inside the server's own (which a shared server's cleanup deletes). */
    static String freshNamespace(MemcachedServer memcached) {
        return memcached.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    static WeatherService service() {
        return new WeatherService(Duration.ZERO);
    }

    /** A spymemcached client, as an AutoCloseable for try-with-resources. */
    record Client(MemcachedClient memcached) implements AutoCloseable {

        static Client of(MemcachedServer server) {
            return new Client(server.newClient());
        }

        @Override
        public void close() {
            memcached.shutdown();
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Expected a JSON body, got: " + body, e);
        }
    }
}

package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import net.spy.memcached.MemcachedClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;

/** Before the exercises: this machine can give the lesson a real Memcached, and spymemcached can talk to it. */
@RealServers
class MemcachedIsReadyTest {

    @Test
    void storesAValueWithAnExpiryAndReadsItBack(MemcachedServer memcached) {
        String key = memcached.namespace() + "lesson03:greeting";
        MemcachedClient client = memcached.newClient();
        try {
            assertThat(client.set(key, 60, "hello")).succeedsWithin(Duration.ofSeconds(2)).isEqualTo(true);

            assertThat(client.get(key)).isEqualTo("hello");
        } finally {
            client.shutdown();
        }
    }
}

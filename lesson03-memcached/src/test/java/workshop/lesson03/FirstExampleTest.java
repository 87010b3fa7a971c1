package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import workshop.lesson03.Fixtures.Client;
import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;

/** The classic first example, against a real Memcached: a value set for 10 s reads back; a key never set misses. */
@RealServers
class FirstExampleTest {

    @Test
    void aValueJustSetIsAHit(MemcachedServer memcached) throws Exception {
        try (Client client = Client.of(memcached)) {
            assertThat(FirstExample.setThenGet(client.memcached(), Fixtures.freshNamespace(memcached) + "greeting"))
                    .isEqualTo("Cached data: Hello from Memcached!");
        }
    }

    @Test
    void aKeyNeverSetIsAMiss(MemcachedServer memcached) {
        try (Client client = Client.of(memcached)) {
            assertThat(FirstExample.get(client.memcached(), Fixtures.freshNamespace(memcached) + "nothing")).isEqualTo("Cache miss");
        }
    }
}

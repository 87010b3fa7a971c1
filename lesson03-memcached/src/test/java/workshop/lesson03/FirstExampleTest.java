package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;

/** The classic first example, against a real Memcached: a value set for 10 s reads back; a key never set misses. */
@RealServers
class FirstExampleTest {

    @Test
    void aValueJustSetIsAHit(MemcachedServer memcached) throws Exception {
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            assertThat(FirstExample.setThenGet(client.memcached(), FreshNamespace.inside(memcached) + "greeting"))
                    .isEqualTo("Cached data: Hello from Memcached!");
        }
    }

    @Test
    void aKeyNeverSetIsAMiss(MemcachedServer memcached) {
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            assertThat(FirstExample.get(client.memcached(), FreshNamespace.inside(memcached) + "nothing")).isEqualTo("Cache miss");
        }
    }
}

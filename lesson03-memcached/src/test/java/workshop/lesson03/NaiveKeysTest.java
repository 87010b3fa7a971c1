package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.testing.ClosingMemcachedClient;

/**
 * The naive half of 3.2, green in both modes: a city's name as it is ({@code CityKeys.naive}) is often no key at all;
 * {@code SafeCityKeysTest} holds 3.2 to a valid key for any name.
 */
@RealServers
class NaiveKeysTest {

    @Test
    void memcachedsRuleForKeys() {
        assertThat(MemcachedKeys.isValid("lesson03:weather:oslo")).isTrue();
        assertThat(MemcachedKeys.isValid("lesson03:weather:new york")).as("a space").isFalse();
        assertThat(MemcachedKeys.isValid("lesson03:weather:são")).as("a non-ASCII letter (the workshop's stricter rule)").isFalse();
        assertThat(MemcachedKeys.isValid("a\r\nversion")).as("a line break: a second command").isFalse();
        assertThat(MemcachedKeys.isValid("k".repeat(250))).isTrue();
        assertThat(MemcachedKeys.isValid("k".repeat(251))).as("251 bytes").isFalse();
        assertThat(MemcachedKeys.isValid("")).isFalse();
    }

    @Test
    void aNaiveKeyForSaoPauloIsRefusedBeforeItReachesTheServer(MemcachedServer memcached) {
        String key = CityKeys.naive(memcached.namespace()).forCity("São Paulo");
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            assertThatThrownBy(() -> client.memcached().get(key)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

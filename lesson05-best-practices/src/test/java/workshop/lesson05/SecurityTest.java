package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisAccessControlException;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

@RealServers
@DisplayName("Exercise 5.6: Least privilege, and encrypted sensitive values")
class SecurityTest {

    private static Map<String, String> environmentWithAKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Map.of(SensitiveValues.KEY_VARIABLE, Base64.getEncoder().encodeToString(key));
    }

    @Test
    void theApplicationUserMayOnlyTouchItsOwnKeysWithTheCommandsOfACache(Servers servers) {
        RedisServer redis = servers.redis(CacheSecurity.hardened("operator-secret", "app", "app-secret", "lesson05:"));
        try (RedisClient anonymous = redis.newClient(null, null);
             RedisClient app = redis.newClient("app", "app-secret");
             RedisClient operator = redis.newClient()) {
            assertThatThrownBy(() -> anonymous.get("lesson05:price:1")).as("without a password")
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOAUTH");

            app.set("lesson05:price:1", "1200");
            assertThat(app.get("lesson05:price:1")).isEqualTo("1200");
            assertThat(app.pexpire("lesson05:price:1", 60_000)).isEqualTo(1);
            assertThat(app.ping()).isEqualTo("PONG");
            assertThat(app.del("lesson05:price:1")).isEqualTo(1);
            assertThatThrownBy(() -> app.get("billing:card:1")).as("another application's key")
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOPERM");
            assertThatThrownBy(app::flushAll).as("FLUSHALL").isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOPERM");
            assertThatThrownBy(() -> app.configGet("maxmemory")).as("CONFIG").isInstanceOf(JedisAccessControlException.class)
                    .hasMessageContaining("NOPERM");
            assertThatThrownBy(() -> app.publish("lesson05:news", "hello")).as("PUBLISH").isInstanceOf(JedisAccessControlException.class)
                    .hasMessageContaining("NOPERM");

            assertThat(operator.configGet("maxmemory")).as("the operator, with the default user's password").containsKey("maxmemory");
        }
    }

    @Test
    void aDumpOfTheCacheRevealsNothingAndReadsBackExactly(RedisServer redis) {
        SensitiveValues sealer = SensitiveValues.fromEnvironment(environmentWithAKey());
        String secret = "alice@example.com, card 4111 1111 1111 1111, caf\u00e9 \u2615";
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            client.set(keys.price(1), sealer.encrypt(secret));

            String dumped = client.get(keys.price(1));

            String stored = new String(Base64.getDecoder().decode(dumped), StandardCharsets.ISO_8859_1);
            assertThat(stored).as("the bytes Redis holds").doesNotContain("alice").doesNotContain("4111").doesNotContain("card");
            assertThat(sealer.decrypt(dumped)).isEqualTo(secret);
            assertThat(sealer.encrypt(secret)).as("the same value sealed again (a fresh IV)").isNotEqualTo(dumped);
        }
    }

    @Test
    void anAlteredValueOrAnotherKeyIsRefused() {
        SensitiveValues sealer = SensitiveValues.fromEnvironment(environmentWithAKey());
        String sealed = sealer.encrypt("alice@example.com");
        char[] chars = sealed.toCharArray();
        chars[chars.length / 2] = chars[chars.length / 2] == 'A' ? 'B' : 'A';
        String altered = new String(chars);

        assertThatThrownBy(() -> sealer.decrypt(altered)).as("one character changed").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SensitiveValues.fromEnvironment(environmentWithAKey()).decrypt(sealed)).as("another key")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAKeyInTheEnvironmentItSaysWhichVariableToSet() {
        assertThatThrownBy(() -> SensitiveValues.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CACHE_ENCRYPTION_KEY");
    }
}

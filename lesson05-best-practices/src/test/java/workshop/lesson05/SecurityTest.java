package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisAccessControlException;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.6: Least privilege, and encrypted sensitive values")
class SecurityTest {

    /** 5.3's release: delete the lock only if it holds our token. */
    private static final String RELEASE_IF_MINE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """;

    /** Subscribes, and unsubscribes as soon as Redis confirms: what 5.9's listener does first. */
    private static void subscribeOnce(RedisClient client, String channel) {
        client.subscribe(new JedisPubSub() {
            @Override
            public void onSubscribe(String subscribed, int count) {
                unsubscribe();
            }
        }, channel);
    }

    private static Map<String, String> environmentWithAKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Map.of(SensitiveValues.KEY_VARIABLE, Base64.getEncoder().encodeToString(key));
    }

    @Test
    @Order(1)
    void theApplicationUserRunsTheLessonsPatternsOnItsOwnKeysAndNothingElse(Servers servers) {
        RedisServer redis = servers.redis(CacheSecurity.hardened("operator-secret", "app", "app-secret", "lesson05:"));
        try (RedisClient anonymous = redis.newClient(null, null);
             RedisClient app = redis.newClient("app", "app-secret");
             RedisClient operator = redis.newClient()) {
            assertThat(catchThrowable(() -> anonymous.get("lesson05:price:1"))).as("5.6 must give the default user a password "
                    + "(requirepass): a client without one must get NOAUTH")
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOAUTH");

            assertThat(catchThrowable(() -> {
                app.set("lesson05:price:1", "1200");
                assertThat(app.get("lesson05:price:1")).isEqualTo("1200");
                assertThat(app.pexpire("lesson05:price:1", 60_000)).isEqualTo(1);
                assertThat(app.ping()).isEqualTo("PONG");
                assertThat(app.del("lesson05:price:1")).isEqualTo(1);
            })).as("5.6: the app user (on, with its password) must be allowed what a cache needs on its own keys "
                    + "(~lesson05:*): GET, SET, PEXPIRE, PING (a pool checks idle connections with it) and DEL; it got").isNull();
            assertThat(catchThrowable(() -> app.eval(RELEASE_IF_MINE, List.of("lesson05:lock:1"), List.of("token"))))
                    .as("5.6 must let the app user run the lesson's scripts (EVAL: 5.3's release, 5.8's store-if-leased); it got").isNull();
            assertThat(catchThrowable(() -> app.evalsha(app.scriptLoad(RELEASE_IF_MINE), List.of("lesson05:lock:1"), List.of("token"))))
                    .as("5.6 must let the app user load a script once and run it by its SHA (SCRIPT LOAD, EVALSHA); it got").isNull();
            assertThat(catchThrowable(() -> {
                app.hset("lesson05:xfetch:1", Map.of("value", "1200"));
                app.hgetAll("lesson05:xfetch:1");
            }))
                    .as("5.6 must let the app user keep 5.4's entries, a value with its recompute time (HSET, HGETALL); it got").isNull();
            assertThat(catchThrowable(() -> app.publish("lesson05:invalidations:price", "1")))
                    .as("5.6 must let the app user PUBLISH on its own channels (& its prefix *: 5.9's invalidations); it got").isNull();
            assertThat(catchThrowable(() -> subscribeOnce(app, "lesson05:invalidations:price")))
                    .as("5.6 must let the app user SUBSCRIBE to its own channels, and UNSUBSCRIBE (5.9's listener, when it closes); it got").isNull();
            assertThat(catchThrowable(() -> app.info("memory")))
                    .as("5.6 must let the app user read INFO: /stats (5.5's memory report) is built from it; it got").isNull();

            assertThat(catchThrowable(() -> app.get("billing:card:1"))).as("5.6 must limit the app user to its own keys "
                    + "(resetkeys, then ~ its prefix *): another application's key")
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOPERM");
            assertThat(catchThrowable(app::flushAll)).as("5.6 must take every command from the app user first (-@all), then "
                    + "allow only a cache's: FLUSHALL").isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOPERM");
            assertThat(catchThrowable(() -> app.configGet("maxmemory"))).as("5.6 must take every command from the app user first "
                    + "(-@all), then allow only a cache's: CONFIG").isInstanceOf(JedisAccessControlException.class)
                    .hasMessageContaining("NOPERM");
            assertThat(catchThrowable(() -> app.keys("*"))).as("5.6 must take every command from the app user first (-@all): KEYS "
                    + "(it walks every key, and blocks the server meanwhile)").isInstanceOf(JedisAccessControlException.class)
                    .hasMessageContaining("NOPERM");
            assertThat(catchThrowable(app::scriptFlush)).as("5.6 must allow the app user SCRIPT LOAD only, not SCRIPT FLUSH (which "
                    + "empties every application's scripts): +script|load, not +script").isInstanceOf(JedisAccessControlException.class)
                    .hasMessageContaining("NOPERM");
            assertThat(catchThrowable(() -> app.publish("billing:news", "hello"))).as("5.6 must limit the app user's pub/sub to "
                    + "its own channels (resetchannels, then & its prefix *): PUBLISH on another application's channel")
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOPERM");
            assertThat(catchThrowable(() -> app.eval("return redis.call('GET', KEYS[1])", List.of("billing:card:1"), List.of())))
                    .as("5.6: a script runs with its caller's rights: the app user's script reading another application's key")
                    .isInstanceOf(JedisAccessControlException.class).hasMessageContaining("NOPERM");

            assertThat(operator.configGet("maxmemory")).as("5.6: the operator, with the default user's password, may still "
                    + "run CONFIG").containsKey("maxmemory");
        }
    }

    @Test
    @Order(2)
    void aDumpOfTheCacheRevealsNothingAndReadsBackExactly(RedisServer redis) {
        SensitiveValues sealer = SensitiveValues.fromEnvironment(environmentWithAKey());
        String secret = "alice@example.com, card 4111 1111 1111 1111, caf\u00e9 \u2615";
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            client.set(keys.price(1), sealer.encrypt(secret));

            String dumped = client.get(keys.price(1));

            String stored = new String(Base64.getDecoder().decode(dumped), StandardCharsets.ISO_8859_1);
            assertThat(stored).as("5.6 must encrypt before caching: the bytes Redis holds").doesNotContain("alice")
                    .doesNotContain("4111").doesNotContain("card");
            assertThat(sealer.decrypt(dumped)).as("5.6: the value, sealed, stored and opened again").isEqualTo(secret);
            assertThat(sealer.encrypt(secret)).as("5.6 must seal each value with a fresh random IV (never reused with a "
                    + "key: GCM's security depends on it): the same value, sealed again, gave the same bytes").isNotEqualTo(dumped);
        }
    }

    @Test
    @Order(3)
    void anAlteredValueOrAnotherKeyIsRefused() {
        SensitiveValues sealer = SensitiveValues.fromEnvironment(environmentWithAKey());
        String sealed = sealer.encrypt("alice@example.com");
        char[] chars = sealed.toCharArray();
        chars[chars.length / 2] = chars[chars.length / 2] == 'A' ? 'B' : 'A';
        String altered = new String(chars);

        assertThat(catchThrowable(() -> sealer.decrypt(altered))).as("5.6 must refuse a value altered in the cache (AES-GCM checks "
                + "its tag) with an IllegalArgumentException: one character changed").isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> SensitiveValues.fromEnvironment(environmentWithAKey()).decrypt(sealed)))
                .as("5.6 must refuse a value sealed with another key, with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Order(4)
    void withoutAKeyInTheEnvironmentItSaysWhichVariableToSet() {
        assertThat(catchThrowable(() -> SensitiveValues.fromEnvironment(Map.of()))).as("5.6: without a key in the environment, "
                + "an IllegalStateException that names the variable to set")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CACHE_ENCRYPTION_KEY");
    }
}

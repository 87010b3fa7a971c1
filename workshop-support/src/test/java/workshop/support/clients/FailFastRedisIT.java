package workshop.support.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.providers.PooledConnectionProvider;

import workshop.support.junit.RealServers;
import workshop.support.faults.HungServer;
import workshop.support.servers.RedisServer;

/**
 * An app's Redis client against a hung server and a healthy one: one timeout, then failing fast without even
 * asking the server (counted in connections the hung server accepted), and back in use as soon as it answers.
 */
@RealServers
class FailFastRedisIT {

    private static final CacheTimeouts LONG_PAUSE = new CacheTimeouts(Duration.ofMillis(100), Duration.ofMillis(100),
            Duration.ofMillis(50), Duration.ofMinutes(10));

    @Test
    void afterOneTimeoutTheNextCommandsFailWithoutReachingTheServer() throws Exception {
        try (HungServer hung = new HungServer();
             RedisClient client = FailFastRedis.over(new PooledConnectionProvider(
                     new HostAndPort("127.0.0.1", hung.port()),
                     DefaultJedisClientConfig.builder().resp2().timeoutMillis(100).build()),
                     new FailFast(LONG_PAUSE.failFastPause()))) {

            // The first timeout: building the client already asks the server something, or else this first GET.
            assertThatThrownBy(() -> client.get("a")).isInstanceOf(JedisConnectionException.class);
            long connectionsAfterTheTimeout = hung.acceptedConnections();

            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> client.get("a")).as("command %d after the timeout", i)
                        .isInstanceOf(JedisConnectionException.class).hasMessageContaining("failing fast");
                assertThatThrownBy(() -> client.pipelined().close()).isInstanceOf(JedisConnectionException.class);
            }
            assertThat(hung.acceptedConnections()).as("connections the hung server accepted after the first timeout")
                    .isEqualTo(connectionsAfterTheTimeout);
        }
    }

    @Test
    void anErrorReplyAfterTheWaitCountsAsAServerThatAnswers(RedisServer redis) {
        FailFast failFast = new FailFast(Duration.ofNanos(1));
        try (RedisClient client = FailFastRedis.over(new PooledConnectionProvider(
                new HostAndPort(redis.host(), redis.port()),
                DefaultJedisClientConfig.builder().resp2().timeoutMillis(1_000).build()), failFast)) {
            failFast.failed();

            // What the rate limiter's probe does after a restart: EVALSHA of a script the new server has not loaded.
            assertThatThrownBy(() -> client.evalsha("0000000000000000000000000000000000000000", 0))
                    .isInstanceOf(JedisNoScriptException.class);

            assertThat(failFast.isOpen()).as("failing fast after the server answered NOSCRIPT").isFalse();
        }
    }

    @Test
    void callsRefusedDuringThePauseDoNotPushItBackSoTheProbeComes(RedisServer redis) {
        AtomicLong now = new AtomicLong();
        FailFast failFast = new FailFast(Duration.ofNanos(250), now::get);
        try (RedisClient client = FailFastRedis.over(new PooledConnectionProvider(new HostAndPort(redis.host(), redis.port()),
                DefaultJedisClientConfig.builder().resp2().timeoutMillis(1_000).build()), failFast)) {
            failFast.failed(); // at 0: paused until 250

            for (int i = 0; i < 10; i++) {
                now.addAndGet(20); // requests keep coming, 20 ns apart
                assertThatThrownBy(() -> client.get("a")).as("a request at %d ns, in the pause", now.get())
                        .hasMessageContaining("failing fast");
            }
            now.set(250);

            assertThat(client.get(redis.namespace() + "fail-fast:probe")).as("the probe at 250 ns: Redis answers (no such key)").isNull();
            assertThat(failFast.isOpen()).as("failing fast after the probe succeeded").isFalse();
        }
    }

    @Test
    void aHealthyRedisIsUsedAsUsual(RedisServer redis) {
        try (RedisClient client = redis.newClient(CacheTimeouts.FOR_REQUESTS)) {
            String key = redis.namespace() + "fail-fast:greeting";
            client.set(key, "hello");
            assertThat(client.get(key)).isEqualTo("hello");
            client.del(key);
        }
    }
}

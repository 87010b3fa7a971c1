package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

import workshop.support.junit.RealServers;
import workshop.support.proxy.CountingProxy;
import workshop.support.servers.ServerAddress;
import workshop.support.faults.HungServer;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.testing.JsonBody;

/**
 * The cache down or hung: every read still answers, from the origin, marked BYPASS, and quickly. The bound below
 * (1.5 s, for clients that give up after 0.2 s) is a liveness check, not a speed claim: the default clients take
 * 2 s or more to give up, which is what it catches.
 */
@RealServers
@DisplayName("Exercise 4.8: Graceful degradation with short timeouts")
class DegradationTest {

    private static final Duration LIVENESS = Duration.ofMillis(1_500);

    @Test
    void aHungRedisIsGivenUpOnWithinAFractionOfASecond() throws Exception {
        try (HungServer hung = new HungServer(); RedisClient client = CacheClients.redis("127.0.0.1", hung.port())) {
            Cache cache = new RedisCache(client);

            assertTimeoutPreemptively(LIVENESS, () ->
                    assertThat(Store.thrown(() -> cache.get("anything"))).as("4.1: a GET on a hung Redis must end in CacheUnavailableException")
                            .isInstanceOf(CacheUnavailableException.class),
                    "4.8 must give the Redis client connect and socket timeouts of 200 ms; a GET on a hung server was still waiting after 1.5 s");
        }
    }

    /**
     * Without a protocol named, Jedis 8 tries RESP3 (HELLO 3) and, when that fails, connects again: a dead or hung
     * server then costs two connection attempts per command, and twice the time. Counted by a proxy in front of a hung server.
     */
    @Test
    void aHungRedisCostsOneConnectionAttemptPerCommand() throws Exception {
        try (HungServer hung = new HungServer(); CountingProxy proxy = CountingProxy.redis(new ServerAddress("127.0.0.1", hung.port()));
             RedisClient client = CacheClients.redis(proxy.host(), proxy.port())) {
            assertThat(Store.thrown(() -> client.get("anything"))).as("4.8: a GET on a hung Redis must fail").isInstanceOf(JedisException.class);

            assertThat(proxy.traffic().connections()).as("4.8 must name RESP2 (resp2()), so a hung server costs one connection"
                    + " attempt per command: connections opened for one GET (%s)", proxy.traffic()).isEqualTo(1);
        }
    }

    /** A pool whose connections are all busy (a hung server holds each for its timeout) must not make the next request wait for ever. */
    @Test
    void waitingForAPooledConnectionIsBounded() throws Exception {
        try (HungServer hung = new HungServer(); RedisClient client = CacheClients.redis("127.0.0.1", hung.port())) {
            Duration maxWait = client.getPool().getMaxWaitDuration();

            assertThat(maxWait.isNegative() || maxWait.compareTo(Duration.ofMillis(250)) > 0)
                    .as("4.8 must bound the wait for a free pooled connection (ConnectionPoolConfig.setMaxWait, 200 ms);"
                            + " the pool would wait %s (negative: for ever)", maxWait).isFalse();
        }
    }

    @Test
    void aHungMemcachedIsGivenUpOnWithinAFractionOfASecond() throws Exception {
        try (HungServer hung = new HungServer()) {
            MemcachedClient client = CacheClients.memcached(hung.address());
            try {
                assertThat(client.getOperationTimeout()).as("4.8 must set the Memcached client's operation timeout to 200 ms, not"
                        + " spymemcached's 2,500: its timeout in ms").isLessThanOrEqualTo(250);
                Cache cache = new MemcachedCache(client);

                assertTimeoutPreemptively(LIVENESS, () ->
                        assertThat(Store.thrown(() -> cache.get("anything"))).as("4.1: a get on a hung Memcached must end in CacheUnavailableException")
                                .isInstanceOf(CacheUnavailableException.class),
                        "4.8: a get on a hung Memcached was still waiting after 1.5 s");
                assertTimeoutPreemptively(LIVENESS, () ->
                        assertThat(Store.thrown(() -> cache.put("anything", "value", Duration.ofSeconds(60))))
                                .as("4.1: a set on a hung Memcached must end in CacheUnavailableException")
                                .isInstanceOf(CacheUnavailableException.class),
                        "4.8: a set on a hung Memcached was still waiting after 1.5 s");
            } finally {
                client.shutdown();
            }
        }
    }

    @Test
    void withRedisAndMemcachedDownEveryReadStillAnswersAndSessionsSay503(Servers servers) throws Exception {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());
        RedisClient redisClient = CacheClients.redis(redis.host(), redis.port());
        MemcachedClient memcachedClient = CacheClients.memcached(memcached.address().toString());
        try {
            redis.kill();
            memcached.kill();
            for (Cache cache : new Cache[] {new RedisCache(redisClient), new MemcachedCache(memcachedClient)}) {
                CacheKeys keys = new CacheKeys("");
                CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(new CachedProducts(cache, keys, Store.database(), Duration.ofSeconds(60)))
                        .withWeather(new CachedWeather(cache, keys, new WeatherService(Duration.ZERO), Duration.ofSeconds(60)))
                        .withSearch(new CachedSearch(cache, keys, new ProductSearch(Duration.ZERO), Duration.ofSeconds(10)))
                        .withSessions(new Sessions(redisClient, keys, Duration.ofMinutes(30)));
                JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                    for (String path : new String[] {"/products/42", "/weather/Oslo", "/search?q=product"}) {
                        var response = http.get(path);
                        assertThat(response.code()).as("4.8: with the cache down, GET %s must answer 200; it answered: %s", path,
                                response.body().string()).isEqualTo(200);
                        assertThat(response.headers().get("X-Cache")).as("4.8: with the cache down, X-Cache of GET %s", path).containsExactly("BYPASS");
                    }
                    var login = http.post("/login", "{\"user\":\"alice\",\"password\":\"wonderland\"}");
                    assertThat(login.code()).as("4.8: with Redis down, POST /login must answer 503; it answered: %s", login.body().string()).isEqualTo(503);
                    assertThat(JsonBody.parse(login.body().string()).get("error").asText()).as("the error of POST /login with Redis down")
                            .contains("sessions are unavailable");
                });
            }
        } finally {
            redisClient.close();
            memcachedClient.shutdown();
        }
    }

    /** A node that is gone: its operations are cancelled at once (FailureMode.Cancel), not queued until a timeout. */
    @Test
    void aDeadMemcachedCancelsAtOnce(Servers servers) {
        MemcachedServer doomed = servers.memcached(MemcachedConfig.defaults());
        MemcachedClient client = CacheClients.memcached(doomed.address().toString());
        try {
            List<String> keepingTheJvmAlive = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().contains(":" + doomed.port()) && !thread.isDaemon()).map(Thread::getName).toList();
            assertThat(keepingTheJvmAlive).as("4.8 must make the Memcached client's threads daemons, so they never keep the JVM"
                    + " alive: its threads that are not daemons").isEmpty();
            doomed.kill();

            await().alias("4.8 must cancel at once the operations for a Memcached it cannot reach (FailureMode.Cancel), not queue"
                    + " them until a timeout; a get on the killed server was still not cancelled after 5 s")
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
                    + " not queue it until its timeout: of 3 gets on the killed server, those not cancelled", "4.8").isEmpty();
        } finally {
            client.shutdown();
        }
    }
}

package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.HungServer;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * The cache down or hung: every read still answers, from the origin, marked BYPASS, and quickly. The bound below
 * (1.5 s, for clients that give up after 0.2 s) is a liveness check, not a speed claim: the default clients take
 * 2 s or more to give up, which is what it catches.
 */
@RealServers
@DisplayName("Exercise 4.8: Graceful degradation with short timeouts")
class DegradationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIVENESS = Duration.ofMillis(1_500);

    @Test
    void aHungRedisIsGivenUpOnWithinAFractionOfASecond() throws Exception {
        try (HungServer hung = new HungServer(); RedisClient client = CacheClients.redis("127.0.0.1", hung.port())) {
            Cache cache = new RedisCache(client);

            assertTimeoutPreemptively(LIVENESS, () ->
                    assertThatThrownBy(() -> cache.get("anything")).isInstanceOf(CacheUnavailableException.class));
        }
    }

    @Test
    void aHungMemcachedIsGivenUpOnWithinAFractionOfASecond() throws Exception {
        try (HungServer hung = new HungServer()) {
            MemcachedClient client = CacheClients.memcached(hung.address());
            try {
                assertThat(client.getOperationTimeout()).isLessThanOrEqualTo(250);
                Cache cache = new MemcachedCache(client);

                assertTimeoutPreemptively(LIVENESS, () ->
                        assertThatThrownBy(() -> cache.get("anything")).isInstanceOf(CacheUnavailableException.class));
                assertTimeoutPreemptively(LIVENESS, () ->
                        assertThatThrownBy(() -> cache.put("anything", "value", Duration.ofSeconds(60)))
                                .isInstanceOf(CacheUnavailableException.class));
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
                CatalogApi.Parts parts = CatalogApi.Parts.of(new CachedProducts(cache, keys, Store.database(), Duration.ofSeconds(60)))
                        .withWeather(new CachedWeather(cache, keys, new WeatherService(Duration.ZERO), Duration.ofSeconds(60)))
                        .withSearch(new CachedSearch(cache, keys, new ProductSearch(Duration.ZERO), Duration.ofSeconds(10)))
                        .withSessions(new Sessions(redisClient, keys, Duration.ofMinutes(30)));
                JavalinTest.test(CatalogApi.create(parts), (server, http) -> {
                    for (String path : new String[] {"/products/42", "/weather/Oslo", "/search?q=product"}) {
                        var response = http.get(path);
                        assertThat(response.code()).as("GET %s with the cache down answered: %s", path, response.body().string()).isEqualTo(200);
                        assertThat(response.headers().get("X-Cache")).as("GET %s", path).containsExactly("BYPASS");
                    }
                    var login = http.post("/login", "{\"user\":\"alice\",\"password\":\"wonderland\"}");
                    assertThat(login.code()).as("login with Redis down answered: %s", login.body().string()).isEqualTo(503);
                    assertThat(JSON.readTree(login.body().string()).get("error").asText()).contains("sessions are unavailable");
                });
            }
        } finally {
            redisClient.close();
            memcachedClient.shutdown();
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/** The memory tests start a Redis of their own with a 2 MB limit, then ask it to hold about 5 MB. */
@RealServers
@DisplayName("Exercise 5.5: Memory limits, eviction and compression")
class DataSizeTest {

    private static final long TWO_MEGABYTES = 2 * 1024 * 1024;
    private static final String KILOBYTE = "x".repeat(1_024);

    @Test
    void underAllkeysLruAFullCacheEvictsAndKeepsAcceptingWrites(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().maxmemory("2mb", "allkeys-lru"));
        try (RedisClient client = redis.newClient()) {
            MemoryReport empty = MemoryReport.of(client);
            assertThat(empty.maxBytes()).isEqualTo(TWO_MEGABYTES);
            assertThat(empty.evictedKeys()).isZero();

            List<Response<String>> replies = new ArrayList<>();
            try (AbstractPipeline pipeline = client.pipelined()) {
                for (int i = 0; i < 5_000; i++) {
                    replies.add(pipeline.set("price:" + i, KILOBYTE));
                }
            }

            assertThat(replies).as("the answers to 5,000 writes").hasSize(5_000).allSatisfy(reply -> assertThat(reply.get()).isEqualTo("OK"));
            MemoryReport full = MemoryReport.of(client);
            assertThat(full.evictedKeys()).as("keys evicted to make room").isPositive();
            assertThat(client.dbSize()).as("keys kept, of 5,000 written").isLessThan(5_000);
            assertThat(client.get("price:4999")).as("the last one written").isEqualTo(KILOBYTE);
        }
    }

    @Test
    void underNoevictionAFullCacheRefusesWritesButStillServesReads(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().maxmemory("2mb", "noeviction"));
        try (RedisClient client = redis.newClient()) {
            assertThat(MemoryReport.of(client).evictedKeys()).isZero();
            client.set("price:first", KILOBYTE);

            JedisDataException refused = null;
            for (int i = 0; i < 10_000 && refused == null; i++) {
                try {
                    client.set("price:" + i, KILOBYTE);
                } catch (JedisDataException outOfMemory) {
                    refused = outOfMemory;
                }
            }

            assertThat(refused).as("a write once the 2 MB are full").isNotNull();
            assertThat(refused.getMessage()).contains("OOM");
            assertThat(MemoryReport.of(client).evictedKeys()).as("noeviction: nothing evicted").isZero();
            assertThat(client.get("price:first")).as("a read, while writes are refused").isEqualTo(KILOBYTE);
        }
    }

    @Test
    void theHitRatioIsTheOneRedisCounts(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient client = redis.newClient()) {
            assertThat(MemoryReport.of(client).hitRatio()).as("before any lookup").isEqualTo(1.0);
            client.set("price:1", "100");

            client.get("price:1");
            client.get("price:1");
            client.get("price:1");
            client.get("price:2");

            assertThat(MemoryReport.of(client).hitRatio()).isEqualTo(0.75);
        }
    }

    @Test
    void largeValuesAreStoredCompressedAndReadBackExactly(RedisServer redis) {
        ValueCodec codec = new ValueCodec(1_024);
        String small = "{\"price\":1200}";
        StringBuilder catalog = new StringBuilder("[");
        for (int i = 0; i < 1_000; i++) {
            catalog.append("{\"id\":").append(i).append(",\"name\":\"Caf\u00e9 cr\u00e8me n\u00ba ").append(i).append("\",\"priceCents\":1200},");
        }
        String large = catalog.append("{}]").toString();
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            client.set(keys.price(1), codec.encode(small));
            client.set(keys.price(2), codec.encode(large));

            assertThat(codec.decode(client.get(keys.price(1)))).isEqualTo(small);
            assertThat(codec.decode(client.get(keys.price(2)))).isEqualTo(large);
            assertThat(client.strlen(keys.price(1))).as("a small value: stored as it is, plus its marker").isEqualTo(small.length() + 1);
            assertThat(client.strlen(keys.price(2))).as("bytes stored for a %,d-character catalog", large.length())
                    .isLessThan(large.length() / 5);
        }
    }

    @Test
    void aValueWithoutAKnownMarkerIsRefused() {
        ValueCodec codec = new ValueCodec(1_024);

        assertThatThrownBy(() -> codec.decode("something else")).isInstanceOf(IllegalArgumentException.class);
        assertThat(codec.decode(codec.encode(""))).isEmpty();
    }

    @Test
    void theApiReportsRedisOwnNumbersAndSaysWhenRedisIsGone(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().maxmemory("2mb", "allkeys-lru"));
        PriceService origin = Fixtures.instantOrigin();
        try (RedisClient client = redis.newClient()) {
            PriceCache cache = new NaivePriceCache(client, new Keys(redis.namespace()), origin, Duration.ofMinutes(10));
            JavalinTest.test(PriceApi.create(new PriceApi.Parts(origin, cache, client)), (server, http) -> {
                http.get("/prices/1"); // a miss
                http.get("/prices/1"); // a hit

                var response = http.get("/stats");
                String body = response.body().string();
                assertThat(response.code()).as("GET /stats answered %s", body).isEqualTo(200);
                JsonNode stats = new ObjectMapper().readTree(body);
                assertThat(stats.get("pricingEngineCalls").asLong()).isEqualTo(1);
                assertThat(stats.at("/redis/maxBytes").asLong()).isEqualTo(TWO_MEGABYTES);
                assertThat(stats.at("/redis/usedBytes").asLong()).isPositive();
                assertThat(stats.at("/redis/hitRatio").asDouble()).as("1 hit, 1 miss").isEqualTo(0.5);

                redis.kill();
                var withRedisGone = http.get("/stats");
                assertThat(withRedisGone.code()).isEqualTo(200);
                assertThat(new ObjectMapper().readTree(withRedisGone.body().string()).get("redis").asText()).isEqualTo("unavailable");
            });
        }
    }
}

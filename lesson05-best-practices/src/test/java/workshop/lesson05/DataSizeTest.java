package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.testing.JsonBody;

/**
 * The memory tests start a Redis of their own with a 2 MB limit, then ask it to hold about 5 MB. The naive half (a
 * full cache that refuses writes, under noeviction) is {@code NaiveMemoryLimitTest}.
 */
@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.5: Memory limits, eviction and compression")
class DataSizeTest {

    private static final long TWO_MEGABYTES = 2 * 1024 * 1024;
    private static final String KILOBYTE = "x".repeat(1_024);

    @Test
    @Order(4)
    void underAllkeysLruAFullCacheEvictsAndKeepsAcceptingWrites(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().maxmemory("2mb", "allkeys-lru"));
        try (RedisClient client = redis.newClient()) {
            MemoryReport empty = MemoryReport.of(client);
            assertThat(empty.maxBytes()).as("5.5: MemoryReport.maxBytes must be INFO memory's maxmemory (2 MB here)").isEqualTo(TWO_MEGABYTES);
            assertThat(empty.usedBytes()).as("5.5: MemoryReport.usedBytes must be INFO memory's used_memory").isPositive()
                    .isLessThan(TWO_MEGABYTES);
            assertThat(empty.evictedKeys()).as("5.5: MemoryReport.evictedKeys (INFO stats' evicted_keys) of a new server").isZero();

            List<Response<String>> replies = new ArrayList<>();
            try (AbstractPipeline pipeline = client.pipelined()) {
                for (int i = 0; i < 5_000; i++) {
                    replies.add(pipeline.set("price:" + i, KILOBYTE));
                }
            }

            assertThat(replies).as("the answers to 5,000 writes under allkeys-lru").hasSize(5_000)
                    .allSatisfy(reply -> assertThat(reply.get()).isEqualTo("OK"));
            MemoryReport full = MemoryReport.of(client);
            assertThat(full.evictedKeys()).as("5.5: MemoryReport.evictedKeys (INFO stats' evicted_keys): keys evicted to make "
                    + "room for 5 MB in 2 MB").isPositive();
            // Which keys stay is Redis's choice: its LRU is approximate (a few keys sampled, a clock of about a second),
            // so even the newest key may be the one evicted. What it promises: writes go on, and it keeps holding data.
            assertThat(client.dbSize()).as("keys kept, of 5,000 written").isBetween(1L, 4_999L);
        }
    }

    @Test
    @Order(1)
    void theHitRatioIsTheOneRedisCounts(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient client = redis.newClient()) {
            assertThat(MemoryReport.of(client).hitRatio()).as("5.5: hitRatio() before any lookup (nothing missed yet: 1.0, "
                    + "not 0 ÷ 0)").isEqualTo(1.0);
            client.set("price:1", "100");

            client.get("price:1");
            client.get("price:1");
            client.get("price:1");
            client.get("price:2");

            MemoryReport report = MemoryReport.of(client);
            assertThat(report.hits()).as("5.5: MemoryReport.hits must be INFO stats' keyspace_hits: 3 GETs that found their key")
                    .isEqualTo(3);
            assertThat(report.misses()).as("5.5: MemoryReport.misses must be INFO stats' keyspace_misses: 1 GET that did not")
                    .isEqualTo(1);
            assertThat(report.hitRatio()).as("5.5: hitRatio() must be hits ÷ (hits + misses), as a fraction: 3 hits, 1 miss")
                    .isEqualTo(0.75);
        }
    }

    @Test
    @Order(2)
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

            assertThat(codec.decode(client.get(keys.price(1)))).as("5.5: a small value, encoded, stored and decoded").isEqualTo(small);
            assertThat(codec.decode(client.get(keys.price(2)))).as("5.5: a large value (accents included), encoded, stored "
                    + "and decoded").isEqualTo(large);
            assertThat(client.get(keys.price(1))).as("5.5 must store a value up to the threshold as it is, behind the marker "
                    + "'p' (compressing it would cost CPU and could make it larger)").isEqualTo("p" + small);
            assertThat(client.get(keys.price(2))).as("5.5 must store a value over the threshold gzipped, behind the marker 'z'")
                    .startsWith("z");
            assertThat(client.strlen(keys.price(2))).as("5.5 must compress a large value: bytes stored for a %,d-character "
                    + "catalog, of at most a fifth", large.length()).isLessThan(large.length() / 5);
        }
    }

    @Test
    @Order(3)
    void aValueWithoutAKnownMarkerIsRefused() {
        ValueCodec codec = new ValueCodec(1_024);

        String compressed = codec.encode("x".repeat(2_000));
        String unknownMarker = "q" + compressed.substring(1); // a valid gzip behind a marker this codec never writes

        assertThat(catchThrowable(() -> codec.decode("something else"))).as("5.5: decoding a value without a known marker")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> codec.decode(unknownMarker))).as("5.5 decode must check the marker ('p' or 'z') and refuse "
                + "any other with an IllegalArgumentException: it decoded a value marked 'q'")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(codec.decode(codec.encode(""))).as("5.5: the empty value, encoded and decoded").isEmpty();
    }

    @Test
    @Order(5)
    void theApiReportsRedisOwnNumbersAndSaysWhenRedisIsGone(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults().maxmemory("2mb", "allkeys-lru"));
        PriceService origin = Fixtures.instantOrigin();
        try (RedisClient client = redis.newClient()) {
            PriceCache cache = new NaivePriceCache(client, new Keys(redis.namespace()), origin, Duration.ofMinutes(10));
            JavalinTest.test(PriceApi.create(new PriceApi.Collaborators(origin, cache, client)), (server, http) -> {
                http.get("/prices/1"); // a miss
                http.get("/prices/1"); // a hit

                var response = http.get("/stats");
                String body = response.body().string();
                assertThat(response.code()).as("GET /stats answered %s", body).isEqualTo(200);
                JsonNode stats = JsonBody.parse(body);
                assertThat(stats.get("pricingEngineCalls").asLong()).as("/stats: pricing engine calls for a miss and a hit").isEqualTo(1);
                assertThat(stats.at("/redis/maxBytes").asLong()).as("/stats: redis.maxBytes, from 5.5's MemoryReport").isEqualTo(TWO_MEGABYTES);
                assertThat(stats.at("/redis/usedBytes").asLong()).as("/stats: redis.usedBytes, from 5.5's MemoryReport").isPositive();
                assertThat(stats.at("/redis/hitRatio").asDouble()).as("1 hit, 1 miss").isEqualTo(0.5);

                redis.kill();
                var withRedisGone = http.get("/stats");
                assertThat(withRedisGone.code()).as("GET /stats with Redis gone").isEqualTo(200);
                assertThat(JsonBody.parse(withRedisGone.body().string()).get("redis").asText())
                        .as("/stats: redis, with Redis gone").isEqualTo("unavailable");
            });
        }
    }
}

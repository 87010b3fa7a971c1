package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

@RealServers
@DisplayName("Exercise 2.6: Many keys in one round trip")
class ProductBulkReaderTest {

    private static final List<Long> ONE_TO_TEN = LongStream.rangeClosed(1, 10).boxed().toList();

    @Test
    void returnsTheProductsFoundInTheOrderAsked(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ProductBulkReader reader = new ProductBulkReader(client, Fixtures.freshKeys(redis), Duration.ofSeconds(60));

            var found = reader.getAll(List.of(3L, 1L, Fixtures.UNKNOWN_ID, 2L), Fixtures.database());

            assertThat(found).containsExactly(
                    org.assertj.core.api.Assertions.entry(3L, Fixtures.product(3)),
                    org.assertj.core.api.Assertions.entry(1L, Fixtures.product(1)),
                    org.assertj.core.api.Assertions.entry(2L, Fixtures.product(2)));
        }
    }

    @Test
    void asksTheDatabaseOnlyForTheMissesAndCachesThem(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        ProductDatabase database = Fixtures.database();
        try (RedisClient client = redis.newClient()) {
            client.set(keys.product(1), ProductJson.write(Fixtures.product(1)));
            client.set(keys.product(2), ProductJson.write(Fixtures.product(2)));
            ProductBulkReader reader = new ProductBulkReader(client, keys, Duration.ofSeconds(60));

            assertThat(reader.getAll(ONE_TO_TEN, database)).hasSize(10);
            assertThat(database.calls()).as("database calls for 10 products, 2 of them cached").isEqualTo(8);

            assertThat(reader.getAll(ONE_TO_TEN, database)).hasSize(10);
            assertThat(database.calls()).as("database calls once all 10 are cached").isEqualTo(8);
            assertThat(client.pttl(keys.product(10))).as("a loaded product's time to live").isBetween(1L, 60_000L);
        }
    }

    @Test
    void readsTenProductsWithOneMgetAndNoGet(Servers servers) {
        // A server of its own, so that its command counts are this test's alone.
        RedisServer redis = servers.redis(RedisConfig.defaults());
        try (RedisClient client = redis.newClient()) {
            ProductBulkReader reader = new ProductBulkReader(client, Fixtures.freshKeys(redis), Duration.ofSeconds(60));
            reader.getAll(ONE_TO_TEN, Fixtures.database());
            long mgetsBefore = Fixtures.calls(client, "mget");
            long getsBefore = Fixtures.calls(client, "get");

            reader.getAll(ONE_TO_TEN, Fixtures.database());

            assertThat(Fixtures.calls(client, "mget") - mgetsBefore).as("MGET commands").isEqualTo(1);
            assertThat(Fixtures.calls(client, "get") - getsBefore).as("GET commands").isZero();
        }
    }
}

package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;
import workshop.support.servers.RedisServer;

@RealServers
@DisplayName("Exercise 2.6: Many keys in one round trip")
class ProductBulkReaderTest {

    private static final List<Long> ONE_TO_TEN = LongStream.rangeClosed(1, 10).boxed().toList();

    @Test
    void returnsTheProductsFoundInTheOrderAsked(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ProductBulkReader reader = new ProductBulkReader(client, Fixtures.freshKeys(redis), Duration.ofSeconds(60));

            var found = reader.getAll(List.of(3L, 1L, Fixtures.UNKNOWN_ID, 2L), Fixtures.database());

            assertThat(found).as("2.6: the products found, in the order asked, the unknown id left out").containsExactly(
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

            assertThat(reader.getAll(ONE_TO_TEN, database)).as("2.6: products 1 to 10").hasSize(10);
            assertThat(database.calls()).as("2.6 must ask the database for the misses only: database calls for 10 products,"
                    + " 2 of them cached").isEqualTo(8);

            assertThat(reader.getAll(ONE_TO_TEN, database)).as("2.6: products 1 to 10, again").hasSize(10);
            assertThat(database.calls()).as("2.6 must cache what it loaded: database calls once all 10 are cached").isEqualTo(8);
            assertThat(client.pttl(keys.product(10))).as("2.6 must write the misses back with a time to live (PX), in"
                    + " milliseconds: PTTL of a product loaded with a 60 s TTL, in ms (-1: none; about 60: PX given seconds)")
                    .isBetween(50_000L, 60_000L);
        }
    }

    @Test
    void readsWithOneMgetAndWritesTheMissesBackInOnePipeline(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy);
             RedisClient direct = redis.newClient()) {
            ProductBulkReader reader = new ProductBulkReader(client, keys, Duration.ofSeconds(60));
            reader.getAll(ONE_TO_TEN, Fixtures.database()); // the connection is made, all ten cached
            direct.del(LongStream.rangeClosed(4, 10).mapToObj(keys::product).toArray(String[]::new)); // 7 misses
            proxy.reset();

            assertThat(reader.getAll(ONE_TO_TEN, Fixtures.database())).as("products 1 to 10").hasSize(10);

            Traffic traffic = proxy.traffic();
            assertThat(traffic.commands("GET")).as("2.6 must read the 10 keys with one MGET, not a GET each: saw %s", traffic).isZero();
            assertThat(traffic.commands("MGET")).as("2.6 must read the 10 keys with one MGET: saw %s", traffic).isEqualTo(1);
            assertThat(traffic.commands("SET")).as("2.6 must write each of the 7 misses back: saw %s", traffic).isEqualTo(7);
            assertThat(traffic.roundTrips()).as("2.6 must write the misses back in one pipeline: saw %d round trips for 7"
                    + " misses (one for the MGET, one for the pipeline of SETs makes 2): %s", traffic.roundTrips(), traffic).isEqualTo(2);
        }
    }
}

package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;
import workshop.support.testing.AllAtOnce;

@RealServers
@DisplayName("Exercise 2.2: Hashes, one field updated in place")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the shape first, then the deterministic proof, the concurrent one after
class ProductHashesTest {

    @Test
    @Order(1)
    void savesAProductAsAHashOfFieldsAndLoadsItBack(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductHashes hashes = new ProductHashes(client, keys);

            hashes.save(Fixtures.product(42));

            assertThat(client.hgetAll(keys.productHash(42))).as("2.2 must save the product as a hash, one field per property")
                    .containsOnlyKeys("name", "priceCents", "stock")
                    .containsEntry("name", "Product 42").containsEntry("stock", "100");
            assertThat(hashes.load(42)).as("2.2: product 42, saved then loaded").contains(Fixtures.product(42));
        }
    }

    @Test
    void loadsNothingForAProductNeverSaved(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            assertThat(new ProductHashes(client, Fixtures.freshKeys(redis)).load(Fixtures.UNKNOWN_ID))
                    .as("2.2: load of a product never saved (HGETALL answers an empty map)").isEmpty();
        }
    }

    @Test
    void changesTheStockInPlaceAndLeavesTheOtherFieldsAlone(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductHashes hashes = new ProductHashes(client, keys);
            hashes.save(Fixtures.product(42));

            assertThat(hashes.adjustStock(42, -3)).as("2.2: adjustStock returns the new stock").isEqualTo(97);

            Product product = Fixtures.product(42);
            assertThat(hashes.load(42)).as("2.2: only the stock changed").contains(new Product(42, product.name(), product.priceCents(), 97));
        }
    }

    @Test
    @Order(2)
    void changesTheStockOnTheServerWithOneHincrby(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            ProductHashes hashes = new ProductHashes(client, Fixtures.freshKeys(redis));
            hashes.save(Fixtures.product(42));
            proxy.reset();

            long stock = hashes.adjustStock(42, -3);

            Traffic traffic = proxy.traffic();
            assertThat(stock).as("2.2: the new stock after selling 3 of 100").isEqualTo(97);
            assertThat(traffic.commands()).as("2.2 must change the stock on the server, atomically, with one HINCRBY; a"
                    + " read-modify-write (read the stock, write it back) loses a sale made in between: saw %s", traffic)
                    .containsOnlyKeys("HINCRBY").containsEntry("HINCRBY", 1L);
        }
    }

    @Test
    void concurrentSalesLoseNoUpdate(RedisServer redis) throws Exception {
        try (RedisClient client = redis.newClient()) {
            ProductHashes hashes = new ProductHashes(client, Fixtures.freshKeys(redis));
            hashes.save(Fixtures.product(42));

            // Four buyers, 25 units each, at the same time: a read-modify-write of the whole product would lose some.
            AllAtOnce.run(4, () -> {
                for (int unit = 0; unit < 25; unit++) {
                    hashes.adjustStock(42, -1);
                }
            });

            assertThat(hashes.load(42)).as("2.2: product 42 after 4 buyers took 25 each").hasValueSatisfying(product ->
                    assertThat(product.stock()).as("2.2 must lose no sale: stock after 100 units of 100 were sold at once").isZero());
        }
    }

    @Test
    @Order(3)
    void savesWithOneHsetAndLoadsWithOneHgetall(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            ProductHashes hashes = new ProductHashes(client, Fixtures.freshKeys(redis));
            client.ping();
            proxy.reset();

            hashes.save(Fixtures.product(42));

            Traffic saved = proxy.traffic();
            assertThat(saved.roundTrips()).as("2.2 must save every field in one HSET (it takes many field-value pairs): an"
                    + " HSET per field costs a round trip each, and a reader in between sees half a product: saw %s", saved)
                    .isEqualTo(1);
            proxy.reset();

            assertThat(hashes.load(42)).as("2.2: product 42, saved then loaded").contains(Fixtures.product(42));

            Traffic loaded = proxy.traffic();
            assertThat(loaded.roundTrips()).as("2.2 must load the product with one HGETALL, not an HGET per field (a round"
                    + " trip each, and a write in between mixes two versions): saw %s", loaded).isEqualTo(1);
        }
    }
}

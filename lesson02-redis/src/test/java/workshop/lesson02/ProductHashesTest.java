package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

@RealServers
@DisplayName("Exercise 2.2: Hashes, one field updated in place")
class ProductHashesTest {

    @Test
    void savesAProductAsAHashOfFieldsAndLoadsItBack(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductHashes hashes = new ProductHashes(client, keys);

            hashes.save(Fixtures.product(42));

            assertThat(hashes.load(42)).contains(Fixtures.product(42));
            assertThat(client.hgetAll(keys.productHash(42))).containsOnlyKeys("name", "priceCents", "stock")
                    .containsEntry("name", "Product 42").containsEntry("stock", "100");
        }
    }

    @Test
    void loadsNothingForAProductNeverSaved(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            assertThat(new ProductHashes(client, Fixtures.freshKeys(redis)).load(Fixtures.UNKNOWN_ID)).isEmpty();
        }
    }

    @Test
    void changesTheStockInPlaceAndLeavesTheOtherFieldsAlone(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            ProductHashes hashes = new ProductHashes(client, keys);
            hashes.save(Fixtures.product(42));

            assertThat(hashes.adjustStock(42, -3)).isEqualTo(97);

            Product product = Fixtures.product(42);
            assertThat(hashes.load(42)).contains(new Product(42, product.name(), product.priceCents(), 97));
        }
    }

    @Test
    void concurrentSalesLoseNoUpdate(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ProductHashes hashes = new ProductHashes(client, Fixtures.freshKeys(redis));
            hashes.save(Fixtures.product(42));

            // Four buyers, 25 units each, at the same time: a read-modify-write of the whole product would lose some.
            List<CompletableFuture<Void>> buyers = new ArrayList<>();
            for (int buyer = 0; buyer < 4; buyer++) {
                buyers.add(CompletableFuture.runAsync(() -> {
                    for (int unit = 0; unit < 25; unit++) {
                        hashes.adjustStock(42, -1);
                    }
                }));
            }
            buyers.forEach(CompletableFuture::join);

            assertThat(hashes.load(42)).hasValueSatisfying(product -> assertThat(product.stock()).isZero());
        }
    }
}

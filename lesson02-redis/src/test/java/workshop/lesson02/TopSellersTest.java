package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.lesson02.TopSellers.Seller;
import workshop.support.junit.RealServers;
import workshop.support.proxy.CountingProxy;
import workshop.support.proxy.Traffic;
import workshop.support.servers.RedisServer;
import workshop.support.testing.AllAtOnce;
import workshop.support.testing.JsonBody;

@RealServers
@DisplayName("Exercise 2.5: Sorted sets, the top sellers")
class TopSellersTest {

    @Test
    void ranksProductsByUnitsSold(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            TopSellers top = new TopSellers(client, Fixtures.freshKeys(redis));

            top.recordSale(1, 5);
            top.recordSale(2, 3);
            top.recordSale(1, 2);
            top.recordSale(3, 10);

            assertThat(top.top(3)).as("2.5 must add each sale to the product's units (ZINCRBY) and rank the highest first:"
                    + " top 3 after sales 1:5, 2:3, 1:2, 3:10").containsExactly(new Seller(3, 10), new Seller(1, 7), new Seller(2, 3));
            assertThat(top.top(1)).as("2.5 must return exactly the top count sellers (a range's stop is inclusive: ranks 0"
                    + " to count - 1): the top 1").containsExactly(new Seller(3, 10));
        }
    }

    @Test
    void countsConcurrentSalesExactly(RedisServer redis) throws Exception {
        try (RedisClient client = redis.newClient()) {
            TopSellers top = new TopSellers(client, Fixtures.freshKeys(redis));

            AllAtOnce.run(4, () -> { // four tills
                for (int sale = 0; sale < 50; sale++) {
                    top.recordSale(1, 1);
                }
            });

            assertThat(top.top(1)).as("2.5 must count every sale, however many tills sell at once: 4 tills, 50 sales each")
                    .containsExactly(new Seller(1, 200));
        }
    }

    @Test
    void theApiSellsAndRanks(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            assertThat(new TopSellers(client, keys).top(3)).as("nothing sold yet").isEmpty();
            JavalinTest.test(CatalogApi.create(Fixtures.collaborators(client, keys, Fixtures.database(), Optional.empty())), (server, http) -> {
                var sale = http.post("/products/7/purchases?quantity=3", "");
                assertThat(sale.code()).as("POST /products/7/purchases answered: %s", sale.body().string()).isEqualTo(201);
                assertThat(JsonBody.parse(sale.body().string()).get("stock").asLong()).isEqualTo(97);
                http.post("/products/9/purchases?quantity=5", "");

                var top = JsonBody.parse(http.get("/top-sellers?limit=2").body().string());

                assertThat(top.toString()).isEqualTo("[{\"productId\":9,\"unitsSold\":5},{\"productId\":7,\"unitsSold\":3}]");
            });
        }
    }

    @Test
    void readsOnlyTheTopFromRedis(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            TopSellers top = new TopSellers(client, Fixtures.freshKeys(redis));
            for (long product = 1; product <= 200; product++) {
                top.recordSale(product, product);
            }
            proxy.reset();

            List<Seller> best = top.top(3);

            Traffic traffic = proxy.traffic();
            assertThat(best).as("2.5: the top 3 of 200 products").containsExactly(new Seller(200, 200), new Seller(199, 199), new Seller(198, 198));
            // Three sellers take well under 200 bytes; the whole board of 200 takes several kilobytes.
            assertThat(traffic.bytesToClient()).as("2.5 must ask Redis for the top count only (a reversed range, ranks 0 to"
                    + " count - 1), not fetch the whole board and sort it in Java: bytes Redis sent for the top 3 of 200"
                    + " products (%s)", traffic).isLessThan(500);
        }
    }
}

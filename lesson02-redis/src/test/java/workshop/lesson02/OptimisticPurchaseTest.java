package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;

import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;

import workshop.support.concurrent.ThreadPerTask;
import workshop.support.junit.RealServers;
import workshop.support.proxy.CountingProxy;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 2.12: WATCH and MULTI, a purchase that never oversells")
class OptimisticPurchaseTest {

    private static final long PRODUCT = 7;
    private static final Set<String> READS = Set.of("HGET", "HGETALL", "HMGET");

    private static void stock(RedisClient client, Keys keys, long units) {
        client.hset(keys.productHash(PRODUCT), Map.of("name", "Product 7", "priceCents", "359", "stock", Long.toString(units)));
    }

    private static long stockOf(RedisClient client, Keys keys) {
        return Long.parseLong(client.hget(keys.productHash(PRODUCT), "stock"));
    }

    private static double soldOf(RedisClient client, Keys keys) {
        Double sold = client.zscore(keys.topSellers(), Long.toString(PRODUCT));
        return sold == null ? 0 : sold;
    }

    @Test
    @Order(1)
    void takesFromTheStockCountsTheSaleAndRefusesWhatIsNotThere(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            stock(client, keys, 10);
            OptimisticPurchase purchase = new OptimisticPurchase(client, keys);

            assertThat(purchase.buy(PRODUCT, 3)).as("2.12: buying 3 of 10 answers the stock left").hasValue(7);
            assertThat(stockOf(client, keys)).as("2.12 must write the new stock to the hash's field stock: after buying 3 of 10").isEqualTo(7);
            assertThat(soldOf(client, keys)).as("2.12 must count the sale in the top sellers (2.5's sorted set): units sold").isEqualTo(3);

            assertThat(purchase.buy(PRODUCT, 8)).as("2.12 must refuse a purchase of 8 with 7 in stock").isEmpty();
            assertThat(stockOf(client, keys)).as("2.12 must change nothing when it refuses: the stock").isEqualTo(7);
            assertThat(soldOf(client, keys)).as("2.12 must change nothing when it refuses: units sold").isEqualTo(3);
            assertThat(purchase.buy(Fixtures.UNKNOWN_ID, 1)).as("2.12: a product with no hash has nothing in stock").isEmpty();
        }
    }

    @Test
    @Order(2)
    void watchesBeforeItReadsOnTheConnectionThatRunsTheTransaction(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            stock(client, keys, 10);
            proxy.reset();

            new OptimisticPurchase(client, keys).buy(PRODUCT, 1);

            List<List<String>> byConnection = proxy.traffic().commandsByConnection();
            List<String> transaction = byConnection.stream().filter(commands -> commands.contains("EXEC")).findFirst().orElse(List.of());
            assertThat(transaction).as("2.12 must run the purchase as a transaction, MULTI … EXEC: the commands, by connection,"
                    + " were %s", byConnection).contains("MULTI", "EXEC");
            assertThat(transaction).as("2.12 must WATCH the product's hash on the connection that runs MULTI and EXEC (without"
                    + " a WATCH there, EXEC writes a stock computed from a read that may be stale: lost sales, overselling): the"
                    + " commands, by connection, were %s", byConnection).contains("WATCH");
            int watch = transaction.indexOf("WATCH");
            int read = transaction.stream().filter(READS::contains).findFirst().map(transaction::indexOf).orElse(-1);
            assertThat(watch < read && read < transaction.indexOf("MULTI")).as("2.12 must WATCH the product's hash before it reads"
                    + " the stock, and read on that same connection (a change between a read and a later WATCH goes unseen):"
                    + " the commands, by connection, were %s", byConnection).isTrue();
        }
    }

    @Test
    @Order(3)
    void losesNoSaleWhenBuyersReadTheSameStock(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults()); // its own: the test pauses every write on it
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient(16)) {
            stock(client, keys, 100);

            List<OptionalLong> answers = AllReadThenWrite.buyers(redis, 5, () -> new OptimisticPurchase(client, keys).buy(PRODUCT, 10));

            assertThat(answers.stream().filter(OptionalLong::isPresent).count()).as("2.12 must retry when EXEC answers null (the"
                    + " stock changed after its read, so nothing was written): 5 buyers of 10 read the same stock of 100, and"
                    + " buyers served were").isEqualTo(5);
            assertThat(stockOf(client, keys)).as("2.12 must lose no sale: WATCH the product before reading it, so a buyer whose"
                    + " read went stale is aborted and reads again; stock after 5 sales of 10 out of 100").isEqualTo(50);
            assertThat(soldOf(client, keys)).as("2.12: units sold, after 5 sales of 10").isEqualTo(50);
        }
    }

    @Test
    @Order(4)
    void neverSellsMoreThanTheStock(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient(16)) {
            stock(client, keys, 3);

            List<OptionalLong> answers = AllReadThenWrite.buyers(redis, 5, () -> new OptimisticPurchase(client, keys).buy(PRODUCT, 1));

            assertThat(answers.stream().filter(OptionalLong::isPresent).count()).as("2.12 must never sell more than the stock:"
                    + " 5 buyers of 1 read a stock of 3 at once, and buyers served were").isEqualTo(3);
            assertThat(stockOf(client, keys)).as("2.12: the stock after 3 sales of the last 3").isZero();
            assertThat(soldOf(client, keys)).as("2.12: units sold").isEqualTo(3);
        }
    }

    @Test
    @Order(5)
    void throughTheApiConcurrentPurchasesNeverOversellAndTheShortOneGetsA409(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults()); // its own: the test pauses every write on it
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient(16)) {
            CatalogApi.Collaborators collaborators = Fixtures.collaborators(client, keys, Fixtures.database(), Optional.empty());
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                Response first = http.post("/products/" + PRODUCT + "/purchases?quantity=1", "");
                assertThat(first.code()).as("2.12 through the API: the first purchase of product 7 (1 of its 100) must"
                        + " answer 201; it answered %s", first.body().string()).isEqualTo(201);

                List<String> answers = AllReadThenWrite.buyers(redis, 5, () -> {
                    Response response = http.post("/products/" + PRODUCT + "/purchases?quantity=20", "");
                    return response.code() + " " + response.body().string();
                });

                assertThat(answers.stream().map(answer -> answer.substring(0, 3)).sorted().toList()).as("2.12 through the"
                        + " API: 5 buyers of 20 read a stock of 99 at once; 4 are served (201), the fifth is told the stock is"
                        + " short (409), none is lost or oversold. They answered %s", answers)
                        .containsExactly("201", "201", "201", "201", "409");
                assertThat(answers).as("2.12 through the API: the 409 says what is left").contains(
                        "409 {\"error\":\"only 19 of product 7 in stock, asked for 20\"}");
                assertThat(stockOf(client, keys)).as("2.12 through the API: the stock after 1 + 4 × 20 of 100").isEqualTo(19);
                assertThat(soldOf(client, keys)).as("2.12 through the API: units sold").isEqualTo(81);
            });
        }
    }

    /**
     * Buyers who all read the stock before any of them writes, every time: the test pauses writes on the server
     * (CLIENT PAUSE WRITE lets reads through and holds each client at its first write), waits until every buyer is
     * held there, then lets them go. Without the pause, which interleaving happens is luck.
     */
    private static final class AllReadThenWrite {

        static <T> List<T> buyers(RedisServer redis, int count, Supplier<T> buyer) {
            try (RedisClient admin = redis.newClient()) {
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<T>> buyers = new ArrayList<>();
                admin.sendCommand(Protocol.Command.CLIENT, "PAUSE", "10000", "WRITE");
                try {
                    for (int i = 0; i < count; i++) {
                        buyers.add(CompletableFuture.supplyAsync(() -> {
                            try {
                                start.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return buyer.get();
                        }, ThreadPerTask.INSTANCE));
                    }
                    start.countDown();
                    await().alias("2.12: each of " + count + " buyers reads the stock, then writes (held by the paused server)")
                            .atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                            .until(() -> heldAtAWrite(admin) == count || buyers.stream().anyMatch(CompletableFuture::isDone));
                } finally {
                    admin.sendCommand(Protocol.Command.CLIENT, "UNPAUSE");
                }
                return buyers.stream().map(CompletableFuture::join).toList();
            }
        }

        private static long heldAtAWrite(RedisClient admin) {
            return admin.info("clients").lines().filter(line -> line.startsWith("blocked_clients:"))
                    .mapToLong(line -> Long.parseLong(line.substring("blocked_clients:".length()).trim())).sum();
        }
    }
}

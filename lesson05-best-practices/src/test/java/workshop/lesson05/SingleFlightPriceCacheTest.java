package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

@RealServers
@DisplayName("Exercise 5.2: Stampede stopped in one instance")
class SingleFlightPriceCacheTest {

    private static final int THREADS = 50;

    @Test
    void fiftyConcurrentMissesOfAColdKeyCallTheOriginOnce(RedisServer redis) throws Exception {
        PriceService origin = new PriceService(Duration.ofMillis(50)); // slow enough that all 50 arrive during the load
        try (RedisClient client = redis.newClient()) {
            SingleFlightPriceCache cache = new SingleFlightPriceCache(client, Fixtures.freshKeys(redis), origin, Duration.ofSeconds(60));

            List<String> prices = Fixtures.concurrently(THREADS, () -> cache.price(42));

            assertThat(prices).hasSize(THREADS).containsOnly(Fixtures.instantOrigin().price(42));
            assertThat(origin.calls()).as("origin calls for 50 concurrent reads of one cold key").isEqualTo(1);
        }
    }

    @Test
    void aFailedLoadFailsEveryoneWaitingOnItAndTheNextReadTriesAgain(RedisServer redis) throws Exception {
        AtomicLong loadsOf7 = new AtomicLong();
        CountDownLatch waiterIsWaiting = new CountDownLatch(1);
        PriceSource downForNow = id -> {
            if (id == 7 && loadsOf7.incrementAndGet() == 1) {
                waitFor(waiterIsWaiting); // the first load of 7 fails, once another reader waits on it
                throw new IllegalStateException("pricing engine down");
            }
            return Fixtures.instantOrigin().price(id);
        };
        try (RedisClient client = redis.newClient()) {
            SingleFlightPriceCache cache = new SingleFlightPriceCache(client, Fixtures.freshKeys(redis), downForNow, Duration.ofSeconds(60));
            assertThat(cache.price(8)).isEqualTo(Fixtures.instantOrigin().price(8));

            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.price(7));
            await().atMost(Duration.ofSeconds(5)).until(() -> loadsOf7.get() == 1);
            CompletableFuture<String> second = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    second.complete(cache.price(7));
                } catch (RuntimeException | Error failure) {
                    second.completeExceptionally(failure);
                }
            });
            waiter.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> waiter.getState() == Thread.State.WAITING);
            waiterIsWaiting.countDown();

            assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("pricing engine down");
            assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).as("the reader that waited on the failed load")
                    .hasRootCauseMessage("pricing engine down");
            assertThat(loadsOf7.get()).as("loads of 7 so far: the waiter shared the failed one").isEqualTo(1);
            assertThat(cache.price(7)).as("the next read, which tries again").isEqualTo(Fixtures.instantOrigin().price(7));
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

            List<String> prices = concurrently(THREADS, () -> cache.price(42));

            assertThat(prices).hasSize(THREADS).containsOnly(Fixtures.instantOrigin().price(42));
            assertThat(origin.calls()).as("origin calls for 50 concurrent reads of one cold key").isEqualTo(1);
        }
    }

    @Test
    void aFailedLoadIsSharedAndTheNextReadTriesAgain(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            PriceService origin = Fixtures.instantOrigin();
            SingleFlightPriceCache cache = new SingleFlightPriceCache(client, Fixtures.freshKeys(redis), origin, Duration.ofSeconds(60));

            assertThat(cache.price(7)).isEqualTo(Fixtures.instantOrigin().price(7));
            assertThat(cache.price(7)).isEqualTo(Fixtures.instantOrigin().price(7));
            assertThat(origin.calls()).as("a second read is a hit").isEqualTo(1);
        }
    }

    interface Read {
        String call() throws Exception;
    }

    /** Runs the read on many threads released together; rethrows the first failure as it is. */
    static List<String> concurrently(int threads, Read read) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return read.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                try {
                    results.add(answer.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

package workshop.lesson01;

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

import org.junit.jupiter.api.Test;

/**
 * A popular key that is not cached (cold, or just expired) and 100 requests for it at once: the origin must be
 * asked once, not 100 times. Exercise 1.5 (and Caffeine's {@code get} does it for free, exercise 1.6).
 */
interface SingleFlightContract {

    int THREADS = 100;

    Cache<Long, Product> newCache(CacheSettings settings);

    @Test
    default void oneHundredConcurrentMissesOfOneKeyCallTheOriginOnce() throws Exception {
        // A slow origin (50 ms) keeps the first load in flight while the other 99 threads arrive.
        SlowProductDatabase database = SlowProductDatabase.withSampleProducts(Catalog.PRODUCTS, Duration.ofMillis(50));
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());
        CountDownLatch startTogether = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Product>> answers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                answers.add(threads.submit(() -> {
                    startTogether.await();
                    return cache.get(42L, id -> database.findById(id).orElse(null));
                }));
            }
            startTogether.countDown();

            for (Future<Product> answer : answers) {
                assertThat(resultOf(answer)).isEqualTo(Catalog.product(42));
            }
            assertThat(database.calls()).as("database calls for 100 concurrent reads of one cold key").isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The thread's answer, or the exception it threw (not wrapped, so its message reaches the report). */
    private static Product resultOf(Future<Product> answer) throws Exception {
        try {
            return answer.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

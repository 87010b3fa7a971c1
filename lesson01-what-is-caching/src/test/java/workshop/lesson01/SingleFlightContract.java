package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

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
        SlowProductDatabase database = Catalog.database();
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());
        // The load is held open until every reader has arrived and is waiting for something (the load, a lock, or
        // its own load): no reader can come late, however slow the machine.
        CountDownLatch releaseLoads = new CountDownLatch(1);
        AtomicInteger arrived = new AtomicInteger();
        List<Worker<Product>> readers = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                readers.add(Worker.start("reader " + i, () -> {
                    arrived.incrementAndGet();
                    return cache.get(42L, id -> {
                        Worker.await(releaseLoads);
                        return database.findById(id).orElse(null);
                    });
                }));
            }
            await().alias("all 100 readers asked for key 42 and wait").atMost(Worker.PATIENCE).pollInterval(Duration.ofMillis(1))
                    .until(() -> arrived.get() == THREADS && readers.stream().allMatch(Worker::isParked));
        } finally {
            releaseLoads.countDown();
        }
        for (Worker<Product> reader : readers) {
            assertThat(reader.result()).as("what a reader got for key 42").isEqualTo(Catalog.product(42));
        }
        assertThat(database.calls()).as("100 concurrent misses of one key must ask the origin once (the others wait for"
                + " that load): database calls").isEqualTo(1);
    }
}

package workshop.lesson05;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stale-set race, played in its one bad order, every time: a reader misses and reads the old price from the
 * origin; before it stores it, a writer changes the price and invalidates the cache; then the reader stores what it
 * read. Latches fix the order, so the race is shown, not hoped for.
 */
final class StaleSetRace {

    static final String OLD_PRICE = "100";
    static final String NEW_PRICE = "120";

    private final AtomicReference<String> current = new AtomicReference<>(OLD_PRICE);
    private final AtomicBoolean firstLoad = new AtomicBoolean(true);
    private final CountDownLatch oldPriceRead = new CountDownLatch(1);
    private final CountDownLatch writeDone = new CountDownLatch(1);

    /** The origin: answers the current price; its first load holds the old price until the write is done. */
    PriceSource origin() {
        return productId -> {
            String read = current.get();
            if (firstLoad.compareAndSet(true, false)) {
                oldPriceRead.countDown();
                awaitQuietly(writeDone);
            }
            return read;
        };
    }

    /** The slow reader, the write in the middle of its load, and what the slow reader answered. */
    String play(Callable<String> slowRead, Runnable invalidate) throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<String> answer = reader.submit(slowRead);
            await().alias("the slow reader must either read the old price from the origin or answer").atMost(Duration.ofSeconds(5))
                    .until(() -> oldPriceRead.getCount() == 0 || answer.isDone());
            if (answer.isDone()) {
                return answer(answer, Duration.ofSeconds(10)); // it never reached the origin: rethrows why
            }
            current.set(NEW_PRICE); // the write: the origin changes...
            invalidate.run(); // ...and the cache is told
            writeDone.countDown();
            return answer(answer, Duration.ofSeconds(10));
        } finally {
            reader.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A read's answer, waited for; a failed read rethrows its failure as it is. */
    private static String answer(Future<String> answer, Duration within) throws Exception {
        try {
            return answer.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

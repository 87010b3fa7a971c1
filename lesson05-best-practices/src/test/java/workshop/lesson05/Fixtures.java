package workshop.lesson05;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import workshop.support.servers.RedisServer;

/** Fresh keys per test (tests never see each other's data), an instant origin, and readers released together. */
final class Fixtures {

    private Fixtures() {
    }

    static Keys freshKeys(RedisServer redis) {
        return new Keys(redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":");
    }

    static PriceService instantOrigin() {
        return new PriceService(Duration.ZERO);
    }

    /** One reader's work. */
    interface Read {
        String call() throws Exception;
    }

    /** Runs {@code threads} copies of the read, released together. */
    static List<String> concurrently(int threads, Read read) throws Exception {
        List<Read> reads = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            reads.add(read);
        }
        return concurrently(reads);
    }

    /** Runs every read on its own thread, all released together; rethrows the first failure as it is. */
    static List<String> concurrently(List<Read> reads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(reads.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Read read : reads) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return read.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer(answer, Duration.ofSeconds(30)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A read's answer, waited for; a failed read rethrows its failure as it is. */
    static String answer(Future<String> answer, Duration within) throws Exception {
        try {
            return answer.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

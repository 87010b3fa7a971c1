package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real cache whose writes from any thread but the test's ({@code put} or {@code putIfAbsent}: a reader's fill,
 * however it is written) wait at a gate the test opens: a slow reader, made slow on cue, so that a race that happens
 * once in a million runs happens on every run.
 */
final class GatedCache implements Cache {

    private final Cache delegate;
    private final Thread test = Thread.currentThread();
    private final CountDownLatch fillAttempted = new CountDownLatch(1);
    private final CountDownLatch fillsReleased = new CountDownLatch(1);

    GatedCache(Cache delegate) {
        this.delegate = delegate;
    }

    void awaitFillAttempt() throws InterruptedException {
        if (!fillAttempted.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("4.2: a reader that missed must fill the cache with what the database answered; no reader tried");
        }
    }

    void releaseFills() {
        fillsReleased.countDown();
    }

    private void gate() {
        if (Thread.currentThread() == test) {
            return;
        }
        fillAttempted.countDown();
        try {
            fillsReleased.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Optional<String> get(String key) {
        return delegate.get(key);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        gate();
        delegate.put(key, value, ttl);
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        gate();
        return delegate.putIfAbsent(key, value, ttl);
    }

    @Override
    public void delete(String key) {
        delegate.delete(key);
    }
}

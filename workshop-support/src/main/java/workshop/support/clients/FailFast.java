package workshop.support.clients;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Remembers that the cache just failed, so that the next callers do not each wait a timeout to learn it again.
 * Timeouts alone bound one call; they do not stop a request that makes three calls (a rate limiter, a cache
 * read, a cache write) from waiting three times, nor sixteen requests in flight from each waiting once. After a
 * failure, every call fails at once for {@code pause}; then one caller probes (the others keep failing fast)
 * and either closes it (the cache answered) or pauses it again. A small circuit breaker: lesson 05 teaches the
 * full one.
 */
public final class FailFast {

    private static final long CLOSED = Long.MIN_VALUE;

    private final long pauseNanos;
    private final LongSupplier nanoTime;
    /** {@link #CLOSED}, or the instant (System.nanoTime) from which one caller may probe again. */
    private final AtomicLong openUntil = new AtomicLong(CLOSED);

    public FailFast(Duration pause) {
        this(pause, System::nanoTime);
    }

    FailFast(Duration pause, LongSupplier nanoTime) {
        this.pauseNanos = pause.toNanos();
        this.nanoTime = nanoTime;
    }

    /** True when this caller may use the cache now: it is healthy, or this caller is the one probe. */
    public boolean allows() {
        long until = openUntil.get();
        if (until == CLOSED) {
            return true;
        }
        long now = nanoTime.getAsLong();
        // Exactly one caller wins the race to probe; it pushes the window forward for everyone else.
        return now - until >= 0 && openUntil.compareAndSet(until, now + pauseNanos);
    }

    public void succeeded() {
        if (openUntil.get() != CLOSED) {
            openUntil.set(CLOSED);
        }
    }

    public void failed() {
        openUntil.set(nanoTime.getAsLong() + pauseNanos);
    }

    public boolean isOpen() {
        return openUntil.get() != CLOSED;
    }
}

package workshop.support.servers;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a server to reach a state (listening, synced, written), checking every few milliseconds. */
final class Poll {

    private static final long INTERVAL_MILLIS = 10;

    private Poll() {
    }

    /** Returns once {@code done} is true; after {@code timeout}, throws with {@code whyNot}'s explanation. */
    static void until(Duration timeout, BooleanSupplier done, Supplier<String> whyNot) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(whyNot.get());
            }
            pause();
        }
    }

    /** Local servers start in milliseconds: a short pause keeps a start close to the server's own start time. */
    static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(INTERVAL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a server", e);
        }
    }
}

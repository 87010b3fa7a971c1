package workshop.support.origin;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A deliberate delay that stands in for a slow database query or remote call: the cost a cache exists to avoid.
 * Every lesson's origin pauses through this, so the slowness is always labelled and always configurable
 * (tests use {@link #NONE} and count calls instead of timing them).
 */
public record SimulatedLatency(Duration duration) {

    public static final SimulatedLatency NONE = new SimulatedLatency(Duration.ZERO);

    public SimulatedLatency {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("latency cannot be negative, was " + duration);
        }
    }

    public static SimulatedLatency of(Duration duration) {
        return new SimulatedLatency(duration);
    }

    /** Deliberately slow: sleeps for the latency, as a real round trip would take that long. */
    public void pause() {
        if (duration.isZero()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a simulated slow call", e);
        }
    }
}

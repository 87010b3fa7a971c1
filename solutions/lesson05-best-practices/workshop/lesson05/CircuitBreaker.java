package workshop.lesson05;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Exercise 5.7: stop hammering a cache that is down. After {@code failureThreshold} failures in a row the breaker
 * opens: calls skip the cache at once (no timeout to wait out) and go to the origin. After {@code openFor}, one call
 * is let through as a probe: if it succeeds the breaker closes, if it fails it opens again. A probe that never reports
 * back (its caller died, or threw something nobody expected) is replaced by another after {@code openFor}: the breaker
 * never stays half-open for ever.
 */
public final class CircuitBreaker {

    /** Closed: calls go through. Open: they do not. Half-open: one probe is under way. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failures;
    private Instant openedAt;
    private Instant probeSentAt;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /**
     * May this call use the cache? Open: only once {@code openFor} has passed, and then one call, as a probe.
     * Half-open: no, unless the probe has been out for {@code openFor} without a word: then another probe.
     */
    public synchronized boolean allowRequest() {
        Instant now = clock.instant();
        return switch (state) {
            case CLOSED -> true;
            case OPEN, HALF_OPEN -> {
                Instant waitingSince = state == State.OPEN ? openedAt : probeSentAt;
                if (now.isBefore(waitingSince.plus(openFor))) {
                    yield false;
                }
                state = State.HALF_OPEN;
                probeSentAt = now;
                yield true;
            }
        };
    }

    public synchronized void recordSuccess() {
        state = State.CLOSED;
        failures = 0;
    }

    public synchronized void recordFailure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    public synchronized State state() {
        return state;
    }
}

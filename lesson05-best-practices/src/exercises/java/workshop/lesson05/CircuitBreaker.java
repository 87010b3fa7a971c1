package workshop.lesson05;

import java.time.Clock;
import java.time.Duration;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.7: stop hammering a cache that is down. After {@code failureThreshold} failures in a row the breaker
 * opens: calls skip the cache at once (no timeout to wait out) and go to the origin. After {@code openFor}, one call
 * is let through as a probe: if it succeeds the breaker closes, if it fails it opens again.
 */
public final class CircuitBreaker {

    /** Closed: calls go through. Open: they do not. Half-open: one probe is under way. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /**
     * May this call use the cache? Closed: yes. Open: no, until {@code openFor} has passed since it opened (on the
     * clock given); then yes, once, as a probe, and the breaker is half-open. Half-open: no, the probe is under way;
     * but a probe that has not reported back after another {@code openFor} is replaced by a new one (the breaker
     * never stays half-open for ever). Many threads call this at once. README: "Exercise 5.7".
     */
    public boolean allowRequest() {
        throw Todo.exercise("5.7", "implement CircuitBreaker.allowRequest(): closed yes, open no until openFor has passed, then one probe");
    }

    /** The call worked: closed, and the failure count starts again from zero. */
    public void recordSuccess() {
        throw Todo.exercise("5.7", "implement CircuitBreaker.recordSuccess()");
    }

    /** The call failed: count it; at the threshold, or at once if it was the probe, open, noting when. */
    public void recordFailure() {
        throw Todo.exercise("5.7", "implement CircuitBreaker.recordFailure()");
    }

    public State state() {
        throw Todo.exercise("5.7", "implement CircuitBreaker.state()");
    }
}

package workshop.lesson05;

import java.time.Duration;
import java.util.random.RandomGenerator;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.1: entries written together should not expire together. A fixed TTL on a batch (a warm-up, a deploy,
 * a nightly import) makes them all miss in the same second, and the origin takes every miss at once. A little
 * randomness spreads the expiries.
 */
public final class JitteredTtl {

    private final Duration base;
    private final double spread;
    private final RandomGenerator random;

    /** @param spread how far from {@code base} a TTL may land, as a fraction: 0.1 is ±10% */
    public JitteredTtl(Duration base, double spread, RandomGenerator random) {
        if (spread < 0 || spread >= 1) {
            throw new IllegalArgumentException("spread must be in [0, 1), was " + spread);
        }
        this.base = base;
        this.spread = spread;
        this.random = random;
    }

    /**
     * A TTL drawn afresh on every call, evenly from base × (1 − spread) to base × (1 + spread), with the generator given
     * (the tests seed it): entries written together then expire spread over that window, not in one second.
     * README: "Exercise 5.1".
     */
    public Duration next() {
        throw Todo.exercise("5.1", "implement JitteredTtl.next(): a TTL drawn evenly within ±spread of the base");
    }
}

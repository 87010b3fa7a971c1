package workshop.lesson05;

import java.time.Duration;
import java.util.random.RandomGenerator;

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

    /** A TTL drawn evenly from base × (1 − spread) to base × (1 + spread). */
    public Duration next() {
        double factor = 1 + spread * random.nextDouble();
        return Duration.ofMillis(Math.round(base.toMillis() * factor));
    }
}

package workshop.lesson05;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.4: probabilistic early expiration ("XFetch", Vattani, Chierichetti and Lowenstein, VLDB 2015). Each
 * read near the expiry flips a biased coin; the closer the expiry, and the longer a recomputation takes, the more
 * likely it is to recompute now. One request refreshes the hot key a little early, and nobody ever waits on an
 * expired one.
 */
public final class XFetch {

    private XFetch() {
    }

    /**
     * True when this read should recompute now: {@code now − delta × beta × ln(random) ≥ expiry}, where {@code delta}
     * is how long the last recomputation took and {@code random} is uniform in (0, 1] (ask the supplier once).
     * {@code beta} above 1 favours earlier refreshes; 1 is the paper's default. The trap: a recomputation can take
     * less than a millisecond, and time rounded to whole milliseconds turns the coin into "never" or "always".
     * README: "Exercise 5.4".
     */
    public static boolean shouldRefreshEarly(Instant now, Instant expiry, Duration delta,
                                             double beta, DoubleSupplier random) {
        throw Todo.exercise("5.4", "implement XFetch.shouldRefreshEarly(...): now - delta * beta * ln(random) >= expiry");
    }
}

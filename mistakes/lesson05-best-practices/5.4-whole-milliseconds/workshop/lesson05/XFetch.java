package workshop.lesson05;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

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
     * is how long the last recomputation took and {@code random} is uniform in (0, 1]. {@code beta} above 1 favours
     * earlier refreshes; 1 is the paper's default.
     */
    // tag::xfetch[]
    public static boolean shouldRefreshEarly(Instant now, Instant expiry, Duration delta, double beta, DoubleSupplier random) {
        double uniform = random.getAsDouble();
        long early = (long) (-delta.toMillis() * beta * Math.log(uniform)); // in milliseconds
        return Duration.between(now, expiry).toMillis() <= early;
    }
    // end::xfetch[]
}

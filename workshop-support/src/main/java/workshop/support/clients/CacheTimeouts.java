package workshop.support.clients;

import java.time.Duration;

/**
 * How long an app may wait for its cache, per kind of wait. A cache that answers on loopback in well under a
 * millisecond needs none of Jedis's 2 s defaults; a request whose origin answers in 20–100 ms can afford one
 * short wait, never several.
 *
 * @param connect       to open a TCP connection
 * @param read          for an answer to one command (a hung server: the kernel accepts, nobody answers)
 * @param poolWait      for a free pooled connection (all of them stuck on a hung server)
 * @param failFastPause after a failure, how long every call fails at once before one probe tries again
 */
public record CacheTimeouts(Duration connect, Duration read, Duration poolWait, Duration failFastPause) {

    /**
     * For an app serving requests: at most about 100 ms lost to a hung cache per request, and a restarted cache
     * back in use within a quarter of a second (the next probe).
     */
    public static final CacheTimeouts FOR_REQUESTS = new CacheTimeouts(Duration.ofMillis(100), Duration.ofMillis(100),
            Duration.ofMillis(50), Duration.ofMillis(250));

    public CacheTimeouts {
        for (Duration wait : new Duration[] {connect, read, poolWait, failFastPause}) {
            if (wait.isNegative() || wait.isZero()) {
                throw new IllegalArgumentException("every wait must be positive (zero would mean for ever), was " + wait);
            }
        }
    }

    public int connectMillis() {
        return Math.toIntExact(connect.toMillis());
    }

    public int readMillis() {
        return Math.toIntExact(read.toMillis());
    }
}

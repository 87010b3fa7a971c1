package workshop.lesson01;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How a cache should behave, for either implementation: how long entries live, how many fit, whether it keeps
 * statistics, and which clock tells the time. Immutable; start from {@link #unbounded()}.
 *
 * <pre>{@code
 * CacheSettings.unbounded().expireAfterWrite(Duration.ofSeconds(30)).maximumSize(1_000).recordStats()
 * }</pre>
 */
public record CacheSettings(Optional<Duration> timeToLive, long maximumSize, boolean statsEnabled, Clock clock) {

    /** No size bound: {@code maximumSize} is the largest long. */
    public static final long UNBOUNDED = Long.MAX_VALUE;

    public CacheSettings {
        timeToLive.ifPresent(ttl -> {
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("time to live must be positive, was " + ttl);
            }
        });
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1, was " + maximumSize);
        }
    }

    /** Entries never expire and are never evicted, no statistics, the system clock. */
    public static CacheSettings unbounded() {
        return new CacheSettings(Optional.empty(), UNBOUNDED, false, Clock.systemUTC());
    }

    /** An entry expires this long after it was written. */
    public CacheSettings expireAfterWrite(Duration ttl) {
        return new CacheSettings(Optional.of(ttl), maximumSize, statsEnabled, clock);
    }

    /** At most this many entries; past it, one is evicted. */
    public CacheSettings maximumSize(long entries) {
        return new CacheSettings(timeToLive, entries, statsEnabled, clock);
    }

    /** Count hits, misses and evictions (a little work on every call, so it is off by default). */
    public CacheSettings recordStats() {
        return new CacheSettings(timeToLive, maximumSize, true, clock);
    }

    /** The clock that decides expiry: tests pass one they can move by hand. */
    public CacheSettings clock(Clock source) {
        return new CacheSettings(timeToLive, maximumSize, statsEnabled, source);
    }

    public boolean isBounded() {
        return maximumSize != UNBOUNDED;
    }
}

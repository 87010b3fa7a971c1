package workshop.support.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it: expiry is then tested to the millisecond, without sleeping.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.atEpoch();
 * cache.put("k", "v");                     // written at 0 s, lives 30 s
 * clock.advance(Duration.ofSeconds(30));   // exactly at its TTL: gone
 * }</pre>
 */
public final class MutableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    private MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static MutableClock atEpoch() {
        return new MutableClock(Instant.EPOCH, ZoneOffset.UTC);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(instant(), newZone);
    }
}

package workshop.support.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

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

    /** Shared with every {@link #withZone} view, so that they all move together. */
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static MutableClock atEpoch() {
        return new MutableClock(new AtomicReference<>(Instant.EPOCH), ZoneOffset.UTC);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }
}

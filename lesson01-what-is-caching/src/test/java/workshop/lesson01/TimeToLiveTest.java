package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import workshop.support.time.MutableClock;

/** The hand-made cache, exercise 1.2: entries expire after their time to live, on an injected clock. */
@DisplayName("Exercise 1.2: Time to live with an injected clock")
class TimeToLiveTest implements TimeToLiveContract {

    @Override
    public Cache<Long, Product> newCache(CacheSettings settings) {
        return new HandMadeCache<>(settings);
    }

    /** A TTL of whole seconds hides a comparison in whole seconds (getSeconds(), toSeconds()): 1.5 s does not. */
    @Test
    void aTtlThatIsNoWholeNumberOfSecondsIsKeptToTheMillisecond() {
        MutableClock clock = MutableClock.atEpoch();
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().expireAfterWrite(Duration.ofMillis(1_500)).clock(clock));
        cache.put(1L, Catalog.product(1));

        clock.advance(Duration.ofMillis(1_499));
        assertThat(cache.getIfPresent(1L)).as("1.2 must compare times to the millisecond, not in whole seconds (a 1.5 s TTL"
                + " is not 1 s): 1.499 s after writing, with a 1.5 s TTL").contains(Catalog.product(1));

        clock.advance(Duration.ofMillis(1));
        assertThat(cache.getIfPresent(1L)).as("1.2 must compare times to the millisecond, not in whole seconds (a 1.5 s TTL"
                + " is not 2 s): 1.5 s after writing, with a 1.5 s TTL").isEmpty();
    }
}

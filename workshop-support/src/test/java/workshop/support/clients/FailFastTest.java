package workshop.support.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** After a failure, callers fail at once for the pause; then exactly one probes, and its outcome decides. */
class FailFastTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final FailFast failFast = new FailFast(Duration.ofNanos(250), now::get);

    @Test
    void aHealthyCacheIsAlwaysUsed() {
        assertThat(failFast.allows()).isTrue();
        failFast.succeeded();
        assertThat(failFast.allows()).isTrue();
        assertThat(failFast.isOpen()).isFalse();
    }

    @Test
    void afterAFailureEveryCallerFailsFastUntilThePauseIsOver() {
        failFast.failed();

        now.addAndGet(249);
        assertThat(failFast.allows()).as("249 ns into a 250 ns pause").isFalse();
        assertThat(failFast.isOpen()).isTrue();
    }

    @Test
    void afterThePauseExactlyOneCallerProbes() {
        failFast.failed();
        now.addAndGet(250);

        assertThat(failFast.allows()).as("the first caller after the pause: the probe").isTrue();
        assertThat(failFast.allows()).as("a second caller while the probe is out").isFalse();
    }

    @Test
    void aProbeThatSucceedsLetsEveryoneThrough() {
        failFast.failed();
        now.addAndGet(250);
        failFast.allows();

        failFast.succeeded();

        assertThat(failFast.allows()).isTrue();
        assertThat(failFast.allows()).isTrue();
    }

    @Test
    void aProbeThatFailsStartsANewPause() {
        failFast.failed();
        now.addAndGet(250);
        failFast.allows();

        failFast.failed();
        now.addAndGet(249);

        assertThat(failFast.allows()).isFalse();
        now.addAndGet(1);
        assertThat(failFast.allows()).isTrue();
    }
}

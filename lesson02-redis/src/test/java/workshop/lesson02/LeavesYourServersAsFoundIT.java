package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import workshop.support.junit.SharedServersCheck;

/**
 * The main README's promise for servers of your own ({@code REDIS_URL}, {@code MEMCACHED_SERVERS}): this lesson's
 * whole suite, run against them, leaves every key, value and expiry exactly as it found them.
 */
class LeavesYourServersAsFoundIT {

    @Test
    void theWholeSuiteLeavesALearnersServersExactlyAsFound() {
        SharedServersCheck.Result result = SharedServersCheck.run("workshop.lesson02", getClass());

        assertThat(result.redisAfter().entries()).as("the learner's Redis after the suite (%s)", result.suite())
                .containsExactlyEntriesOf(result.redisBefore().entries());
        assertThat(result.memcachedAfter().entries()).as("the learner's Memcached after the suite (%s)", result.suite())
                .containsExactlyEntriesOf(result.memcachedBefore().entries());
    }
}

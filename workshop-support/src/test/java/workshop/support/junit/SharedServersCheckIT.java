package workshop.support.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check behind each lesson's LeavesYourServersAsFoundIT can fail: a suite that leaves a key is caught. */
class SharedServersCheckIT {

    @Test
    void aSuiteThatLeavesAKeyOnTheLearnersRedisIsCaught() {
        SharedServersCheck.Result result = SharedServersCheck.run("workshop.support.junit.leaky", getClass());

        assertThat(result.suite()).contains("1 tests found, 1 succeeded");
        assertThat(result.redisBefore().entries()).doesNotContainKey("key left-behind");
        assertThat(result.redisAfter().entries()).containsKey("key left-behind")
                .hasSize(result.redisBefore().size() + 1);
        assertThat(result.memcachedAfter()).isEqualTo(result.memcachedBefore());
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/**
 * The naive half of 5.1, green in both modes: a warm-up that gives 1,000 prices one fixed TTL has them all expire
 * as close together as they were written, the spike {@code JitteredTtlTest} holds 5.1 to spreading over 12 s.
 */
@RealServers
class NaiveExpiryTest {

    @Test
    void withOneFixedTtlABatchExpiresAsTogetherAsItWasWritten(RedisServer redis) {
        try (RedisClient client = redis.newClient()) {
            ExpiryBatch batch = ExpiryBatch.write(client, Fixtures.freshKeys(redis), () -> Duration.ofSeconds(60));

            assertThat(batch.latest() - batch.earliest())
                    .as("with one fixed TTL of 60 s, 1,000 expiries lie as close together as the writes did (%d ms of "
                            + "writing); they spread over, ms", batch.writeEnd() - batch.writeStart())
                    .isLessThanOrEqualTo(batch.writeEnd() - batch.writeStart());
        }
    }
}

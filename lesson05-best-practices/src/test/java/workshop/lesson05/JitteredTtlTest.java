package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/**
 * A warm-up writes 1,000 prices at once. With one fixed TTL they all expire in the same second (the spike the
 * origin then takes); with jitter, their expiries spread over a window.
 */
@RealServers
@DisplayName("Exercise 5.1: TTL with jitter")
class JitteredTtlTest {

    private static final Duration BASE = Duration.ofSeconds(60);
    private static final int ENTRIES = 1_000;

    /** Writes the batch in one pipeline, as a warm-up would: every entry gets its TTL at about the same moment. */
    private static void writeBatch(RedisClient client, Keys keys, JitteredTtl ttl) {
        try (AbstractPipeline pipeline = client.pipelined()) {
            for (long id = 1; id <= ENTRIES; id++) {
                pipeline.set(keys.price(id), "100", SetParams.setParams().px(ttl.next().toMillis()));
            }
        }
    }

    /** How many entries expire in each second from now, read back from Redis's own PTTL in one pipeline. */
    private static Map<Long, Integer> expiriesPerSecond(RedisClient client, Keys keys) {
        List<Response<Long>> ttls = new ArrayList<>();
        try (AbstractPipeline pipeline = client.pipelined()) {
            for (long id = 1; id <= ENTRIES; id++) {
                ttls.add(pipeline.pttl(keys.price(id)));
            }
        }
        Map<Long, Integer> perSecond = new HashMap<>();
        ttls.forEach(ttl -> perSecond.merge(ttl.get() / 1_000, 1, Integer::sum));
        return perSecond;
    }

    @Test
    void withJitterNoSecondSeesMoreThanATenthOfTheExpiries(RedisServer redis) {
        JitteredTtl ttl = new JitteredTtl(BASE, 0.10, new SplittableRandom(42));
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            writeBatch(client, keys, ttl);

            Map<Long, Integer> perSecond = expiriesPerSecond(client, keys);

            // 54 to 66 s, less the moments spent writing and reading (a second of slack for a busy machine).
            assertThat(perSecond.keySet()).as("the seconds in which entries expire").allSatisfy(second -> assertThat(second).isBetween(52L, 66L));
            assertThat(perSecond.values()).as("expiries in the busiest second, of 1,000 (about 83 on average)")
                    .allSatisfy(count -> assertThat(count).isLessThan(150));
        }
    }

    @Test
    void everyTtlStaysWithinItsSpread() {
        JitteredTtl ttl = new JitteredTtl(BASE, 0.10, new SplittableRandom(7));

        for (int i = 0; i < 10_000; i++) {
            assertThat(ttl.next()).isBetween(Duration.ofSeconds(54), Duration.ofSeconds(66));
        }
    }

    @Test
    void withoutJitterAllExpireInTheSameSecond(RedisServer redis) {
        JitteredTtl none = new JitteredTtl(BASE, 0.0, new SplittableRandom(42));
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            writeBatch(client, keys, none);

            assertThat(expiriesPerSecond(client, keys)).as("the spike: every entry in one or two seconds").hasSizeLessThanOrEqualTo(2);
        }
    }
}

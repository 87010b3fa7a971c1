package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** Keys named after whatever viewer a client sends expire, and each view pushes their expiry back. */
@RealServers
class ViewRetentionTest {

    @Test
    void bothKeysOfAViewGetTheRetentionAsTheirTimeToLive(RedisServer server) {
        Keys keys = Fixtures.freshKeys(server);
        try (RedisClient redis = server.newClient()) {
            // What exercises 2.3 and 2.4 leave behind after a view: a list and a set without an expiry.
            redis.lpush(keys.recentlyViewed("mallory-0001"), "42");
            redis.sadd(keys.visitors(42), "mallory-0001");

            new ViewRetention(redis, keys, Duration.ofDays(1)).refresh("mallory-0001", 42);

            assertThat(redis.pttl(keys.recentlyViewed("mallory-0001"))).as("the viewer's list, ms to live")
                    .isPositive().isLessThanOrEqualTo(Duration.ofDays(1).toMillis());
            assertThat(redis.pttl(keys.visitors(42))).as("the product's visitors, ms to live")
                    .isPositive().isLessThanOrEqualTo(Duration.ofDays(1).toMillis());
        }
    }
}

package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A REDIS_URL with a password is a secret: no message, log line or doctor output may repeat it. */
class RedisUrlTest {

    private static final String SECRET = "s3cr3t-Pa55";

    private static Servers serversWith(String redisUrl) {
        return new Servers(new Environment(Map.of("REDIS_URL", redisUrl)::get, () -> false));
    }

    @Test
    void aPasswordIsReplacedAndTheUserNameKept() {
        assertThat(RedisUrl.redacted("redis://default:" + SECRET + "@cache.example:6380/2"))
                .isEqualTo("redis://default:***@cache.example:6380/2");
        assertThat(RedisUrl.redacted("redis://:" + SECRET + "@cache.example")).isEqualTo("redis://:***@cache.example");
        assertThat(RedisUrl.redacted("redis://" + SECRET + "@cache.example")).isEqualTo("redis://***@cache.example");
        assertThat(RedisUrl.redacted("redis://cache.example:6380")).isEqualTo("redis://cache.example:6380");
    }

    @Test
    void tlsIsRefusedWithWhatIsSupportedAndWithoutThePassword() {
        assertThatThrownBy(() -> serversWith("rediss://default:" + SECRET + "@cache.example:6380").redis())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TLS (rediss://), which the workshop does not support")
                .hasMessageContaining(RedisUrl.SUPPORTED)
                .hasMessageContaining("rediss://default:***@cache.example:6380")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aMalformedOrForeignUrlIsRefusedWithoutThePassword() {
        assertThatThrownBy(() -> serversWith("redis://default:" + SECRET + " x@cache.example:6380").redis())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid URL")
                .hasMessageNotContaining(SECRET)
                .hasNoCause();
        assertThatThrownBy(() -> serversWith("http://default:" + SECRET + "@cache.example").redis())
                .hasMessageContaining("must look like " + RedisUrl.SUPPORTED)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aServerWithCredentialsPrintsOnlyItsAddress() {
        RedisServer redis = serversWith("redis://default:" + SECRET + "@cache.example:6380").redis();

        assertThat(redis.toString()).isEqualTo("Redis at cache.example:6380 (REDIS_URL)").doesNotContain(SECRET);
    }
}

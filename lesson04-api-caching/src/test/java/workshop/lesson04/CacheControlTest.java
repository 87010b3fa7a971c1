package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CacheControlTest {

    @Test
    void theCatalogsPolicyLetsSharedCachesKeepLongerAndServeStale() {
        assertThat(CacheControl.catalog().header())
                .isEqualTo("public, max-age=60, s-maxage=300, stale-while-revalidate=30, stale-if-error=86400");
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertThatThrownBy(() -> new CacheControl(Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

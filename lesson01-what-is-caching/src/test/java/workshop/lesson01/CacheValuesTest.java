package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The small records every cache shares: settings, statistics, products. */
class CacheValuesTest {

    @Test
    void theHitRatioIsOneBeforeAnyLookupLikeCaffeinesReport() {
        assertThat(CacheStats.EMPTY.hitRatio()).isEqualTo(1.0);
        assertThat(new CacheStats(3, 1, 0).hitRatio()).isEqualTo(0.75);
    }

    @Test
    void settingsRejectWhatNoCacheCouldDo() {
        assertThatThrownBy(() -> CacheSettings.unbounded().expireAfterWrite(Duration.ZERO))
                .hasMessageContaining("time to live must be positive");
        assertThatThrownBy(() -> CacheSettings.unbounded().maximumSize(0))
                .hasMessageContaining("maximumSize must be at least 1");
    }

    @Test
    void settingsAreImmutable() {
        CacheSettings unbounded = CacheSettings.unbounded();

        CacheSettings bounded = unbounded.maximumSize(10).recordStats();

        assertThat(unbounded.isBounded()).isFalse();
        assertThat(unbounded.statsEnabled()).isFalse();
        assertThat(bounded.isBounded()).isTrue();
        assertThat(bounded.statsEnabled()).isTrue();
    }

    @Test
    void aProductNeedsAPositiveIdANameAndAPrice() {
        assertThatThrownBy(() -> new Product(0, "x", 1)).hasMessageContaining("id must be positive");
        assertThatThrownBy(() -> new Product(1, " ", 1)).hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> new Product(1, "x", -1)).hasMessageContaining("priceCents must not be negative");
    }
}

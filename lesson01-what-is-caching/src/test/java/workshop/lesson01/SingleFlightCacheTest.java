package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Concurrency: a wrapper that lets one load per key through, however many threads miss it at once. */
class SingleFlightCacheTest {

    @Nested
    @DisplayName("Exercise 1.5: Single-flight loads under concurrency")
    class SingleFlight implements SingleFlightContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new SingleFlightCache<>(new HandMadeCache<>(settings));
        }

        @Test
        void storesTheLoadedValueInTheCacheItWraps() {
            HandMadeCache<Long, Product> inner = new HandMadeCache<>(CacheSettings.unbounded());
            Cache<Long, Product> cache = new SingleFlightCache<>(inner);

            assertThat(cache.get(5L, Catalog::product)).isEqualTo(Catalog.product(5));

            assertThat(inner.getIfPresent(5L)).contains(Catalog.product(5));
        }

        @Test
        void aFailedLoadIsNotCachedAndTheNextReadTriesAgain() {
            Cache<Long, Product> cache = newCache(CacheSettings.unbounded());

            assertThatThrownBy(() -> cache.get(5L, id -> {
                throw new IllegalStateException("database down");
            })).hasMessage("database down");

            assertThat(cache.get(5L, Catalog::product)).isEqualTo(Catalog.product(5));
        }
    }
}

package workshop.lesson01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The same behaviour, from a library: every contract the hand-made cache meets, Caffeine meets too. */
@DisplayName("Exercise 1.6: Caffeine behind the same interface")
class CaffeineCacheTest {

    @Nested
    class GetOrLoad implements GetOrLoadContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new CaffeineCache<>(settings);
        }
    }

    @Nested
    class TimeToLive implements TimeToLiveContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new CaffeineCache<>(settings);
        }
    }

    @Nested
    class SizeBound implements SizeBoundContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new CaffeineCache<>(settings);
        }
    }

    @Nested
    class Statistics implements StatisticsContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new CaffeineCache<>(settings);
        }
    }

    @Nested
    class SingleFlight implements SingleFlightContract {

        @Override
        public Cache<Long, Product> newCache(CacheSettings settings) {
            return new CaffeineCache<>(settings);
        }
    }
}

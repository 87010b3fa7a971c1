package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The numbers that say whether a cache earns its memory: hits, misses, evictions, hit ratio. Exercise 1.4. */
interface StatisticsContract {

    Cache<Long, Product> newCache(CacheSettings settings);

    @Test
    default void startsWithNothingCounted() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().recordStats());

        assertThat(cache.stats()).isEqualTo(CacheStats.EMPTY);
    }

    @Test
    default void countsHitsAndMisses() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().recordStats());
        assertThat(cache.stats()).isEqualTo(CacheStats.EMPTY);

        cache.getIfPresent(1L);
        cache.put(1L, Catalog.product(1));
        cache.getIfPresent(1L);
        cache.getIfPresent(1L);
        cache.getIfPresent(1L);

        assertThat(cache.stats()).isEqualTo(new CacheStats(3, 1, 0));
        assertThat(cache.stats().hitRatio()).isEqualTo(0.75);
    }

    @Test
    default void countsEvictions() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().maximumSize(2).recordStats());
        assertThat(cache.stats()).isEqualTo(CacheStats.EMPTY);

        for (long id = 1; id <= 5; id++) {
            cache.put(id, Catalog.product(id));
        }

        assertThat(cache.stats().evictions()).isEqualTo(3);
    }

    @Test
    default void countsLoadsThroughGetAsMissesAndCachedAnswersAsHits() {
        SlowProductDatabase database = Catalog.database();
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().recordStats());
        assertThat(cache.stats()).isEqualTo(CacheStats.EMPTY);

        for (int read = 0; read < 4; read++) {
            cache.get(9L, id -> database.findById(id).orElse(null));
        }

        assertThat(cache.stats()).isEqualTo(new CacheStats(3, 1, 0));
    }
}

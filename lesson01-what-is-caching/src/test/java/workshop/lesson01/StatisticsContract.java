package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The numbers that say whether a cache earns its memory: hits, misses, evictions, hit ratio. Exercise 1.4. */
interface StatisticsContract {

    Cache<Long, Product> newCache(CacheSettings settings);

    @Test
    default void startsWithNothingCounted() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().recordStats());

        assertThat(cache.stats()).as("a new cache's statistics").isEqualTo(CacheStats.EMPTY);
    }

    @Test
    default void countsHitsAndMisses() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().recordStats());
        assertThat(cache.stats()).as("a new cache's statistics").isEqualTo(CacheStats.EMPTY);

        cache.getIfPresent(1L);
        cache.put(1L, Catalog.product(1));
        cache.getIfPresent(1L);
        cache.getIfPresent(1L);
        cache.getIfPresent(1L);

        assertThat(cache.stats()).as("statistics must count hits and misses: after a miss, a put and 3 hits").isEqualTo(new CacheStats(3, 1, 0));
        assertThat(cache.stats().hitRatio()).as("hit ratio after 3 hits and 1 miss").isEqualTo(0.75);
    }

    @Test
    default void countsEvictions() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().maximumSize(2).recordStats());
        assertThat(cache.stats()).as("a new cache's statistics").isEqualTo(CacheStats.EMPTY);

        for (long id = 1; id <= 5; id++) {
            cache.put(id, Catalog.product(id));
        }

        assertThat(cache.stats().evictions()).as("statistics must count evictions: 5 entries written into a cache of 2").isEqualTo(3);
    }

    @Test
    default void countsLoadsThroughGetAsMissesAndCachedAnswersAsHits() {
        SlowProductDatabase database = Catalog.database();
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().recordStats());
        assertThat(cache.stats()).as("a new cache's statistics").isEqualTo(CacheStats.EMPTY);

        for (int read = 0; read < 4; read++) {
            cache.get(9L, id -> database.findById(id).orElse(null));
        }

        assertThat(cache.stats()).as("statistics must count a get that loads as a miss and one answered from memory as"
                + " a hit: after 4 gets of one key").isEqualTo(new CacheStats(3, 1, 0));
    }
}

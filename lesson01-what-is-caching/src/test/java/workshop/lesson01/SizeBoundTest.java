package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The hand-made cache, exercise 1.3: a size bound that evicts the least recently used entry. */
@DisplayName("Exercise 1.3: Size bound with least-recently-used eviction")
class SizeBoundTest implements SizeBoundContract {

    @Override
    public Cache<Long, Product> newCache(CacheSettings settings) {
        return new HandMadeCache<>(settings);
    }

    @Test
    void evictsTheLeastRecentlyUsedEntry() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().maximumSize(3));
        cache.put(1L, Catalog.product(1));
        cache.put(2L, Catalog.product(2));
        cache.put(3L, Catalog.product(3));
        cache.getIfPresent(1L); // 1 is now the most recently used; 2 the least

        cache.put(4L, Catalog.product(4));

        assertThat(cache.getIfPresent(2L)).as("1.3 must evict the least recently used entry (2: written second, never"
                + " read since) when a 4th entry comes into a cache of 3").isEmpty();
        assertThat(cache.getIfPresent(1L)).as("1.3 must keep entry 1: written first, but read since (recently used)").isPresent();
        assertThat(cache.getIfPresent(3L)).as("1.3 must keep entry 3, written after 2").isPresent();
        assertThat(cache.getIfPresent(4L)).as("1.3 must keep the entry just written").isPresent();
    }
}

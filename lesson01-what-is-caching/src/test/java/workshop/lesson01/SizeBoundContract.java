package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cache with a maximum size never grows past it, however much is written. Exercise 1.3. */
interface SizeBoundContract {

    Cache<Long, Product> newCache(CacheSettings settings);

    @Test
    default void neverHoldsMoreThanItsMaximumSize() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().maximumSize(3));

        for (long id = 1; id <= 50; id++) {
            cache.put(id, Catalog.product(id));
            assertThat(cache.size()).as("a cache of maximum size 3 must never hold more: size after writing %d products", id).isLessThanOrEqualTo(3);
        }
        assertThat(cache.size()).as("a cache of maximum size 3 must stay full once filled: size after writing 50 products").isEqualTo(3);
    }

    @Test
    default void keepsEverythingWhileBelowItsMaximumSize() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded().maximumSize(10));

        for (long id = 1; id <= 10; id++) {
            cache.put(id, Catalog.product(id));
        }

        for (long id = 1; id <= 10; id++) {
            assertThat(cache.getIfPresent(id)).as("a cache of maximum size 10 must keep all of 10 entries: product %d", id).isPresent();
        }
    }
}

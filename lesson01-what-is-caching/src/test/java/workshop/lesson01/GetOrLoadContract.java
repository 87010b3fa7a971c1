package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cache-aside, as every {@link Cache} must do it: the tests of exercise 1.1, run against each implementation. */
interface GetOrLoadContract {

    Cache<Long, Product> newCache(CacheSettings settings);

    @Test
    default void callsTheOriginOncePerKeyHoweverOftenItIsRead() {
        SlowProductDatabase database = Catalog.database();
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());

        for (int read = 0; read < 10; read++) {
            assertThat(cache.get(1L, id -> database.findById(id).orElse(null))).isEqualTo(Catalog.product(1));
            assertThat(cache.get(2L, id -> database.findById(id).orElse(null))).isEqualTo(Catalog.product(2));
        }

        assertThat(database.calls()).as("database calls for 20 reads of 2 keys").isEqualTo(2);
    }

    @Test
    default void keepsWhatTheOriginReturned() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());

        cache.get(7L, id -> Catalog.product(id));

        assertThat(cache.getIfPresent(7L)).contains(Catalog.product(7));
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    default void cachesNothingWhenTheOriginFindsNothing() {
        SlowProductDatabase database = Catalog.database();
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());

        assertThat(cache.get(Catalog.UNKNOWN_ID, id -> database.findById(id).orElse(null))).isNull();
        assertThat(cache.get(Catalog.UNKNOWN_ID, id -> database.findById(id).orElse(null))).isNull();

        assertThat(database.calls()).as("a missing product is asked for again (it may be added)").isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    default void anInvalidatedKeyIsLoadedAgain() {
        SlowProductDatabase database = Catalog.database();
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());

        cache.get(3L, id -> database.findById(id).orElse(null));
        cache.invalidate(3L);
        cache.get(3L, id -> database.findById(id).orElse(null));

        assertThat(database.calls()).isEqualTo(2);
    }
}

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

        assertThat(database.calls()).as("a cache must call the origin once per key, then answer from memory: database"
                + " calls for 20 reads of 2 keys").isEqualTo(2);
    }

    @Test
    default void keepsWhatTheOriginReturned() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());

        cache.get(7L, id -> Catalog.product(id));

        assertThat(cache.getIfPresent(7L)).as("a cache must keep what get loaded: getIfPresent right after get(7)")
                .contains(Catalog.product(7));
        assertThat(cache.size()).as("entries after loading one key").isEqualTo(1);
    }

    @Test
    default void cachesNothingWhenTheOriginFindsNothing() {
        SlowProductDatabase database = Catalog.database();
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());

        assertThat(cache.get(Catalog.UNKNOWN_ID, id -> database.findById(id).orElse(null)))
                .as("get of a product the origin does not have").isNull();
        assertThat(cache.size()).as("a cache must not store a missing product (null): entries after one").isZero();
        assertThat(cache.get(Catalog.UNKNOWN_ID, id -> database.findById(id).orElse(null)))
                .as("get of a product the origin does not have, again").isNull();

        assertThat(database.calls()).as("a missing product is asked for again (it may be added)").isEqualTo(2);
    }

    @Test
    default void anInvalidatedKeyIsLoadedAgain() {
        SlowProductDatabase database = Catalog.database();
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());

        cache.get(3L, id -> database.findById(id).orElse(null));
        cache.invalidate(3L);
        cache.get(3L, id -> database.findById(id).orElse(null));

        assertThat(database.calls()).as("database calls for get, invalidate, get of one key: an invalidated key must be"
                + " loaded again").isEqualTo(2);
    }
}

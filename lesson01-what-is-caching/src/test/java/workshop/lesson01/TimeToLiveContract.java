package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import workshop.support.time.MutableClock;

/** Expiry, tested to the millisecond without sleeping: the clock moves only when a test moves it. Exercise 1.2. */
interface TimeToLiveContract {

    Duration TTL = Duration.ofSeconds(30);

    Cache<Long, Product> newCache(CacheSettings settings);

    private Cache<Long, Product> cacheWithTtl(MutableClock clock) {
        return newCache(CacheSettings.unbounded().expireAfterWrite(TTL).clock(clock));
    }

    @Test
    default void anEntryIsFreshUntilJustBeforeItsTTL() {
        MutableClock clock = MutableClock.atEpoch();
        Cache<Long, Product> cache = cacheWithTtl(clock);
        cache.put(1L, Catalog.product(1));

        clock.advance(TTL.minusMillis(1));

        assertThat(cache.getIfPresent(1L)).as("an entry must stay fresh until its TTL: 29.999 s after writing, with a 30 s TTL").contains(Catalog.product(1));
    }

    // tag::exact-expiry[]
    @Test
    default void anEntryExpiresExactlyAtItsTTL() {
        MutableClock clock = MutableClock.atEpoch();
        Cache<Long, Product> cache = cacheWithTtl(clock);
        cache.put(1L, Catalog.product(1));

        clock.advance(TTL);

        assertThat(cache.getIfPresent(1L))
                .as("an entry must expire exactly at its TTL: 30 s after writing, 30 s TTL").isEmpty();
    }
    // end::exact-expiry[]

    @Test
    default void writingAgainStartsTheTTLAfresh() {
        MutableClock clock = MutableClock.atEpoch();
        Cache<Long, Product> cache = cacheWithTtl(clock);
        cache.put(1L, Catalog.product(1));
        clock.advance(Duration.ofSeconds(20));

        cache.put(1L, Catalog.product(1));
        clock.advance(Duration.ofSeconds(20));

        assertThat(cache.getIfPresent(1L)).as("writing again must start the TTL afresh: 20 s after the second write (40 s after the first), with a 30 s TTL").contains(Catalog.product(1));
    }

    @Test
    default void anExpiredEntryIsLoadedFromTheOriginAgain() {
        MutableClock clock = MutableClock.atEpoch();
        SlowProductDatabase database = Catalog.database();
        Cache<Long, Product> cache = cacheWithTtl(clock);
        cache.put(1L, Catalog.product(1));
        clock.advance(TTL);
        assertThat(cache.getIfPresent(1L)).as("an entry must expire exactly at its TTL: 30 s after writing, with a 30 s TTL").isEmpty();

        cache.get(1L, id -> database.findById(id).orElse(null));
        cache.get(1L, id -> database.findById(id).orElse(null));

        assertThat(database.calls()).as("an expired entry must be loaded again, once: database calls for two reads after expiry").isEqualTo(1);
    }

    @Test
    default void readingDoesNotExtendTheTTL() {
        MutableClock clock = MutableClock.atEpoch();
        Cache<Long, Product> cache = cacheWithTtl(clock);
        cache.put(1L, Catalog.product(1));
        clock.advance(Duration.ofSeconds(20));
        cache.getIfPresent(1L);

        clock.advance(Duration.ofSeconds(11));

        assertThat(cache.getIfPresent(1L)).as("the TTL counts from the write, not the last read (expire after write),"
                + " by the cache's clock: 31 s after writing, read once at 20 s, with a 30 s TTL").isEmpty();
    }
}

package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Concurrency: a wrapper that lets one load per key through, however many threads miss it at once. */
@DisplayName("Exercise 1.5: Single-flight loads under concurrency")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the most telling failure first
class SingleFlightCacheTest implements SingleFlightContract {

    @Override
    public Cache<Long, Product> newCache(CacheSettings settings) {
        return new SingleFlightCache<>(new HandMadeCache<>(settings));
    }

    @Test
    @Order(1)
    void aSlowLoadOfOneKeyDoesNotHoldUpOtherKeys() throws Exception {
        OtherKeysWhileLoading.readOfAnotherKeyDoesNotWait(newCache(CacheSettings.unbounded()), "1.5 must make only readers"
                + " of the same key wait: the read of key 2 waited (%s) for the load of key 1. One lock for every key (a"
                + " synchronized get) serialises the whole cache");
    }

    @Test
    @Order(2)
    void aReaderThatWaitedGetsTheLoadersOwnException() throws Exception {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());
        IllegalStateException databaseDown = new IllegalStateException("database down");
        CountDownLatch loadStarted = new CountDownLatch(1);
        CountDownLatch failTheLoad = new CountDownLatch(1);
        AtomicInteger secondLoads = new AtomicInteger();
        Worker<Product> loader = Worker.start("loader of key 5", () -> cache.get(5L, id -> {
            loadStarted.countDown();
            Worker.await(failTheLoad);
            throw databaseDown;
        }));
        Worker<Product> waiter;
        try {
            loader.awaitOpened(loadStarted, "starting the load of key 5");
            waiter = Worker.start("second reader of key 5", () -> cache.get(5L, id -> {
                secondLoads.incrementAndGet();
                return Catalog.product(id);
            }));
            assertThat(waiter.waits()).as("1.5 must make a second reader of a key that is loading wait for that load:"
                    + " it returned at once").isTrue();
        } finally {
            failTheLoad.countDown();
        }

        assertThat(loader.thrown()).as("what the loading reader got").isSameAs(databaseDown);
        Throwable waited = waiter.thrown();
        assertThat(secondLoads).as("1.5 must hand the waiting reader the outcome of the load it waited for, not load"
                + " again: loads by the waiting reader").hasValue(0);
        assertThat(waited).as("1.5 must hand the waiting reader the loader's own exception (the same %s), not a"
                + " wrapper: it got %s", databaseDown, waited).isSameAs(databaseDown);
    }

    @Test
    @Order(3)
    void aFailedLoadIsNotCachedAndTheNextReadTriesAgain() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());

        assertThatThrownBy(() -> cache.get(5L, id -> {
            throw new IllegalStateException("database down");
        })).as("a failing loader's exception must reach the reader").hasMessage("database down");

        Throwable again = catchThrowable(() -> assertThat(cache.get(5L, Catalog::product))
                .as("the read after a failed load").isEqualTo(Catalog.product(5)));
        assertThat(again).as("1.5 must forget a load once it is over, failed or not: the next read of the key must load"
                + " again, but it got %s", again).isNull();
    }

    @Test
    @Order(4)
    void aFinishedLoadIsForgottenSoAnInvalidatedKeyIsLoadedAgain() {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());
        Product old = Catalog.product(5);
        Product renamed = new Product(old.id(), old.name() + " (renamed)", old.priceCents());
        cache.get(5L, id -> old);
        cache.invalidate(5L);

        assertThat(cache.get(5L, id -> renamed)).as("1.5 must forget a load once it is over: after invalidate, the"
                + " next read must load again, not reuse the finished load's answer").isEqualTo(renamed);
    }

    @Test
    @Order(5)
    void storesTheLoadedValueInTheCacheItWraps() {
        HandMadeCache<Long, Product> inner = new HandMadeCache<>(CacheSettings.unbounded());
        Cache<Long, Product> cache = new SingleFlightCache<>(inner);

        assertThat(cache.get(5L, Catalog::product)).as("what get returned").isEqualTo(Catalog.product(5));

        assertThat(inner.getIfPresent(5L)).as("1.5 must store the loaded value in the cache it wraps").contains(Catalog.product(5));
    }
}

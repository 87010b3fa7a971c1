package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.concurrent.ThreadPerTask;

/** A write goes through to the cache: the tests of exercise 4.3, the same on every store. */
interface WriteThroughContract extends Store {

    @Test
    default void aReadRightAfterAWriteSeesIt(Connection store) throws Exception {
        ProductDatabase database = Store.database();
        CachedProducts products = new CachedProducts(store.cache(), store.keys(), database, Duration.ofSeconds(60));
        products.update(new Product(7, "Old name", 100)); // now cached with its old name

        products.update(new Product(7, "Espresso cup", 1_200));

        assertThat(database.findById(7)).as("4.3 must save the product in the database first (it is the truth): what the database holds")
                .contains(new Product(7, "Espresso cup", 1_200));
        Lookup<Product> read = products.find(7);
        assertThat(read.value()).as("4.3: a read right after the write").contains(new Product(7, "Espresso cup", 1_200));
        assertThat(read.outcome()).as("4.3 must put the new value in the cache (not only delete the old one):"
                + " the read right after the write").isEqualTo(CacheOutcome.HIT);
    }

    @Test
    default void aReaderThatLoadedTheOldValueBeforeAWriteCannotStoreItAfter(Connection store) throws Exception {
        GatedCache gated = new GatedCache(store.cache());
        CachedProducts products = new CachedProducts(gated, store.keys(), Store.database(), Duration.ofSeconds(60));
        products.update(new Product(7, "Old name", 100));
        store.cache().delete(store.keys().product(7)); // as if it had expired

        // A reader misses, reads "Old name" from the database, and is held just before it fills the cache.
        CompletableFuture<Lookup<Product>> slowReader = CompletableFuture.supplyAsync(() -> products.find(7), ThreadPerTask.INSTANCE);
        gated.awaitFillAttempt();
        products.update(new Product(7, "New name", 200)); // the write lands while the reader is held
        gated.releaseFills();
        slowReader.get(10, TimeUnit.SECONDS);

        assertThat(store.cache().get(store.keys().product(7))).as("4.3: a reader's fill must never replace a newer value"
                + " (fill with putIfAbsent, write with put); a reader that read the database before a write put the old product back")
                .contains(Json.write(new Product(7, "New name", 200)));
    }

    @Test
    default void underConcurrentReadsNoReadAfterAWriteSeesTheOldValue(Connection store) throws Exception {
        CachedProducts products = new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60));
        products.update(new Product(7, "Version 0", 0));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<CompletableFuture<Void>> readers = new ArrayList<>();
        for (int reader = 0; reader < 3; reader++) {
            readers.add(CompletableFuture.runAsync(() -> {
                while (writing.get()) {
                    products.find(7);
                }
            }, ThreadPerTask.INSTANCE));
        }
        try {
            for (int version = 1; version <= 30; version++) {
                Product written = new Product(7, "Version " + version, version);
                products.update(written);
                assertThat(products.find(7).value()).as("4.3: the read right after writing version %d, with readers filling meanwhile", version)
                        .contains(written);
            }
        } finally {
            writing.set(false);
            readers.forEach(CompletableFuture::join);
        }
        assertThat(products.find(7).value()).as("4.3: the product once the readers are done").contains(new Product(7, "Version 30", 30));
    }

    @Test
    default void theApiAnswersTheNewValueRightAfterAPut(Connection store) throws Exception {
        CachedProducts products = new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60));
        products.update(new Product(42, "Product 42", 1_654));
        JavalinTest.test(CatalogApi.create(CatalogApi.Collaborators.of(products)), (server, http) -> {
            var put = http.put("/products/42", "{\"name\":\"Espresso cup\",\"priceCents\":1200}");
            assertThat(put.code()).as("4.3: PUT /products/42 must answer 200; it answered: %s", put.body().string()).isEqualTo(200);

            var read = http.get("/products/42");

            assertThat(read.body().string()).as("4.3: GET /products/42 right after the PUT")
                    .isEqualTo("{\"id\":42,\"name\":\"Espresso cup\",\"priceCents\":1200}");
        });
    }

    /** The README's rule: a cache that is down must not fail the write; the database has it, the old copy ages out. */
    @Test
    default void aWriteSucceedsWhenTheCacheIsDown(Connection store) throws Exception {
        ProductDatabase database = Store.database();
        // The store fails every write, on cue: as if it went down just before this one.
        CachedProducts products = new CachedProducts(new ReadOnlyCache(store.cache()), store.keys(), database, Duration.ofSeconds(60));
        Throwable failed = catchThrowable(() -> products.update(new Product(7, "Espresso cup", 1_200)));
        if (failed instanceof UnsupportedOperationException notDoneYet) {
            throw notDoneYet;
        }

        assertThat(failed).as("4.3 must let the write succeed when the cache is down (catch CacheUnavailableException"
                + " after saving): update threw").isNull();
        assertThat(database.findById(7)).as("4.3: what the database holds after a write with the cache down")
                .contains(new Product(7, "Espresso cup", 1_200));
        JavalinTest.test(CatalogApi.create(CatalogApi.Collaborators.of(products)), (server, http) -> {
            var put = http.put("/products/8", "{\"name\":\"Teapot\",\"priceCents\":2500}");
            assertThat(put.code()).as("4.3: with the cache down, PUT /products/8 must answer 200; it answered: %s", put.body().string())
                    .isEqualTo(200);
        });
    }
}

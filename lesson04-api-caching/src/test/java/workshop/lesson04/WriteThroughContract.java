package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;

/** A write goes through to the cache: the tests of exercise 4.3, the same on every store. */
interface WriteThroughContract extends Store {

    @Test
    default void aReadRightAfterAWriteSeesIt(RedisServer redis, MemcachedServer memcached) throws Exception {
        try (Connection store = connect(redis, memcached)) {
            CachedProducts products = new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60));
            products.update(new Product(7, "Old name", 100)); // now cached with its old name

            products.update(new Product(7, "Espresso cup", 1_200));

            Lookup<Product> read = products.find(7);
            assertThat(read.value()).contains(new Product(7, "Espresso cup", 1_200));
            assertThat(read.outcome()).as("the write stored the new value in the cache").isEqualTo(CacheOutcome.HIT);
        }
    }

    @Test
    default void aReaderThatLoadedTheOldValueBeforeAWriteCannotStoreItAfter(RedisServer redis, MemcachedServer memcached) throws Exception {
        try (Connection store = connect(redis, memcached)) {
            GatedCache gated = new GatedCache(store.cache());
            CachedProducts products = new CachedProducts(gated, store.keys(), Store.database(), Duration.ofSeconds(60));
            products.update(new Product(7, "Old name", 100));
            store.cache().delete(store.keys().product(7)); // as if it had expired

            // A reader misses, reads "Old name" from the database, and is held just before it fills the cache.
            CompletableFuture<Lookup<Product>> slowReader = CompletableFuture.supplyAsync(() -> products.find(7));
            gated.awaitFillAttempt();
            products.update(new Product(7, "New name", 200)); // the write lands while the reader is held
            gated.releaseFills();
            slowReader.get(10, TimeUnit.SECONDS);

            assertThat(store.cache().get(store.keys().product(7))).as("the cache, once the slow reader has filled it")
                    .contains(Json.write(new Product(7, "New name", 200)));
        }
    }

    @Test
    default void underConcurrentReadsNoReadAfterAWriteSeesTheOldValue(RedisServer redis, MemcachedServer memcached) throws Exception {
        try (Connection store = connect(redis, memcached)) {
            CachedProducts products = new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60));
            products.update(new Product(7, "Version 0", 0));
            AtomicBoolean writing = new AtomicBoolean(true);
            List<CompletableFuture<Void>> readers = new ArrayList<>();
            for (int reader = 0; reader < 3; reader++) {
                readers.add(CompletableFuture.runAsync(() -> {
                    while (writing.get()) {
                        products.find(7);
                    }
                }));
            }
            try {
                for (int version = 1; version <= 30; version++) {
                    Product written = new Product(7, "Version " + version, version);
                    products.update(written);
                    assertThat(products.find(7).value()).as("the read right after writing version %d", version).contains(written);
                }
            } finally {
                writing.set(false);
                readers.forEach(CompletableFuture::join);
            }
            assertThat(products.find(7).value()).as("once the readers are done").contains(new Product(7, "Version 30", 30));
        }
    }

    @Test
    default void theApiAnswersTheNewValueRightAfterAPut(RedisServer redis, MemcachedServer memcached) throws Exception {
        try (Connection store = connect(redis, memcached)) {
            CachedProducts products = new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60));
            products.update(new Product(42, "Product 42", 1_654));
            JavalinTest.test(CatalogApi.create(CatalogApi.Parts.of(products)), (server, http) -> {
                var put = http.put("/products/42", "{\"name\":\"Espresso cup\",\"priceCents\":1200}");
                assertThat(put.code()).as("PUT /products/42 answered: %s", put.body().string()).isEqualTo(200);

                var read = http.get("/products/42");

                assertThat(read.body().string()).isEqualTo("{\"id\":42,\"name\":\"Espresso cup\",\"priceCents\":1200}");
            });
        }
    }
}

package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

/** The hand-made cache, exercise 1.1: get-or-load, by the contract every cache here meets, and through the API. */
@DisplayName("Exercise 1.1: Cache-aside get-or-load")
class GetOrLoadTest implements GetOrLoadContract {

    @Override
    public Cache<Long, Product> newCache(CacheSettings settings) {
        return new HandMadeCache<>(settings);
    }

    @Test
    void theApiAnswersMissThenHitForTheSameProduct() {
        SlowProductDatabase database = Catalog.database();
        JavalinTest.test(ProductApi.create(new HandMadeCache<>(CacheSettings.unbounded()), database), (server, client) -> {
            var first = client.get("/products/42");
            assertThat(first.code()).as("first GET /products/42 answered: %s", first.body().string()).isEqualTo(200);
            assertThat(first.headers().get("X-Cache")).as("the first GET of a product is a miss").containsExactly("MISS");

            var second = client.get("/products/42");
            assertThat(second.headers().get("X-Cache")).as("the second GET of the same product must be a hit").containsExactly("HIT");
            assertThat(database.calls()).as("database calls for two GETs of one product").isEqualTo(1);
        });
    }

    @Test
    void aSlowLoadOfOneKeyDoesNotHoldUpOtherKeys() throws Exception {
        Cache<Long, Product> cache = newCache(CacheSettings.unbounded());
        Product two = Catalog.product(2);
        CountDownLatch slowLoadStarted = new CountDownLatch(1);
        CountDownLatch releaseSlowLoad = new CountDownLatch(1);
        Worker<Product> slow = Worker.start("load of key 1", () -> cache.get(1L, id -> {
            slowLoadStarted.countDown();
            Worker.await(releaseSlowLoad);
            return Catalog.product(id);
        }));
        try {
            slow.awaitOpened(slowLoadStarted, "starting the load of key 1");

            Worker<Product> other = Worker.start("read of key 2", () -> cache.get(2L, id -> two));

            assertThat(other.returnsWithoutWaiting())
                    .as("1.1 must not hold up other keys while one key loads: the read of key 2 waited (%s) for the"
                            + " slow load of key 1. Is get synchronized, one lock for the whole cache around the load?", other.state())
                    .isTrue();
            assertThat(other.result()).as("key 2, read while key 1 was still loading").isEqualTo(two);
        } finally {
            releaseSlowLoad.countDown();
        }
        assertThat(slow.result()).as("key 1, once its load was let go").isEqualTo(Catalog.product(1));
    }
}

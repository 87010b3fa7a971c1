package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

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
        OtherKeysWhileLoading.readOfAnotherKeyDoesNotWait(newCache(CacheSettings.unbounded()), "1.1 must not hold up other"
                + " keys while one key loads: the read of key 2 waited (%s) for the slow load of key 1. Is get synchronized,"
                + " one lock for the whole cache around the load?");
    }
}

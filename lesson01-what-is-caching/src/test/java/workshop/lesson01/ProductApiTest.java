package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.javalin.testtools.JavalinTest;
import workshop.support.exercises.Todo;
import workshop.support.testing.JsonBody;

/** The given API, before any caching: every request goes to the database, and bad input gets a clear answer. */
class ProductApiTest {

    @Test
    void answersAProductAsJsonMarkedAsAMiss() {
        SlowProductDatabase database = Catalog.database();
        JavalinTest.test(ProductApi.create(new NoCache<>(), database), (server, client) -> {
            var response = client.get("/products/42");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("X-Cache")).containsExactly("MISS");
            assertThat(response.headers().get("Server-Timing")).singleElement().asString().startsWith("origin;dur=");
            var product = JsonBody.parse(response.body().string());
            assertThat(product.get("id").asLong()).isEqualTo(42);
            assertThat(product.get("name").asText()).isEqualTo("Product 42");
        });
    }

    @Test
    void withoutACacheEveryRequestGoesToTheDatabase() {
        SlowProductDatabase database = Catalog.database();
        JavalinTest.test(ProductApi.create(new NoCache<>(), database), (server, client) -> {
            for (int i = 0; i < 3; i++) {
                assertThat(client.get("/products/42").headers().get("X-Cache")).containsExactly("MISS");
            }

            assertThat(database.calls()).isEqualTo(3);
            var stats = JsonBody.parse(client.get("/stats").body().string());
            assertThat(stats.get("misses").asLong()).isEqualTo(3);
            assertThat(stats.get("hits").asLong()).isZero();
            assertThat(stats.get("originCalls").asLong()).isEqualTo(3);
        });
    }

    @Test
    void anUnknownProductIsA404WithAJsonError() {
        JavalinTest.test(ProductApi.create(new NoCache<>(), Catalog.database()), (server, client) -> {
            var response = client.get("/products/" + Catalog.UNKNOWN_ID);

            assertThat(response.code()).isEqualTo(404);
            assertThat(JsonBody.parse(response.body().string()).get("error").asText()).isEqualTo("no product with id 5000");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-5", "4.2", "99999999999999999999", "%20"})
    void anIdThatIsNotAPositiveWholeNumberIsA400WithAJsonError(String id) {
        SlowProductDatabase database = Catalog.database();
        JavalinTest.test(ProductApi.create(new NoCache<>(), database), (server, client) -> {
            var response = client.get("/products/" + id);

            assertThat(response.code()).isEqualTo(400);
            assertThat(JsonBody.parse(response.body().string()).get("error").asText())
                    .startsWith("product id must be a positive whole number");
            assertThat(database.calls()).as("a bad request never reaches the database").isZero();
        });
    }

    @Test
    void anUnknownEndpointIsA404WithAJsonError() {
        JavalinTest.test(ProductApi.create(new NoCache<>(), Catalog.database()), (server, client) -> {
            var response = client.get("/nothing-here");

            assertThat(response.code()).isEqualTo(404);
            assertThat(JsonBody.parse(response.body().string()).get("error").asText()).isEqualTo("no such endpoint: GET /nothing-here");
        });
    }

    @Test
    void anExerciseNotDoneYetIsA501ThatSaysWhichOne() {
        JavalinTest.test(ProductApi.create(new UnfinishedCache(), Catalog.database()), (server, client) -> {
            var response = client.get("/products/1");

            assertThat(response.code()).isEqualTo(501);
            assertThat(JsonBody.parse(response.body().string()).get("error").asText()).startsWith("Exercise 1.1 is not done yet");
        });
    }

    /** A cache whose exercise is not done: what a student's stub looks like to the API. */
    private static final class UnfinishedCache implements Cache<Long, Product> {

        private final NoCache<Long, Product> nothing = new NoCache<>();

        @Override
        public Optional<Product> getIfPresent(Long key) {
            return nothing.getIfPresent(key);
        }

        @Override
        public void put(Long key, Product value) {
            nothing.put(key, value);
        }

        @Override
        public Product get(Long key, Function<? super Long, ? extends Product> loader) {
            throw Todo.exercise("1.1", "implement get");
        }

        @Override
        public void invalidate(Long key) {
            nothing.invalidate(key);
        }

        @Override
        public long size() {
            return nothing.size();
        }

        @Override
        public CacheStats stats() {
            return nothing.stats();
        }
    }

    @Test
    void noCacheNeverHoldsAnything() {
        NoCache<Long, Product> cache = new NoCache<>();

        cache.put(1L, Catalog.product(1));

        assertThat(cache.getIfPresent(1L)).isEqualTo(Optional.empty());
        assertThat(cache.size()).isZero();
    }
}

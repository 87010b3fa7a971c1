package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

@RealServers
@DisplayName("Exercise 4.6: HTTP caching, Cache-Control and ETag")
class ConditionalGetTest {

    @Test
    void anEtagIsAQuotedDigestOfTheBody() {
        String etag = ConditionalGet.etag("{\"id\":1}");

        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(ConditionalGet.etag("{\"id\":1}")).isEqualTo(etag);
        assertThat(ConditionalGet.etag("{\"id\":2}")).isNotEqualTo(etag);
    }

    @Test
    void aPublicResponseCarriesMaxAgeAndAnEtagAndAMatchingRequestGets304WithNoBody(RedisServer redis) {
        assertThat(ConditionalGet.etag("warm-up")).isNotBlank();
        try (RedisClient client = redis.newClient()) {
            CatalogApi.Parts parts = CatalogApi.Parts.of(new CachedProducts(new RedisCache(client),
                    new CacheKeys(redis.namespace() + "test-" + System.nanoTime() + ":"), Store.database(), Duration.ofSeconds(60)))
                    .withHttpCaching(new ConditionalGet(Duration.ofSeconds(60)));
            JavalinTest.test(CatalogApi.create(parts), (server, http) -> {
                var first = http.get("/products/42");
                assertThat(first.code()).as("GET /products/42 answered: %s", first.body().string()).isEqualTo(200);
                assertThat(first.headers().get("Cache-Control")).containsExactly("public, max-age=60");
                String etag = first.headers().get("ETag").get(0);
                assertThat(etag).isEqualTo(ConditionalGet.etag(first.body().string()));

                var unchanged = http.get("/products/42", request -> request.header("If-None-Match", etag));
                assertThat(unchanged.code()).isEqualTo(304);
                assertThat(unchanged.body().string()).isEmpty();
                assertThat(unchanged.headers().get("ETag")).as("a 304 still names the version").containsExactly(etag);
                assertThat(unchanged.headers().get("Cache-Control")).containsExactly("public, max-age=60");
                assertThat(http.get("/products/42", request -> request.header("If-None-Match", "*")).code()).as("If-None-Match: *").isEqualTo(304);

                var weakAmongOthers = http.get("/products/42", request -> request.header("If-None-Match", "\"other\", W/" + etag));
                assertThat(weakAmongOthers.code()).as("a weak form of it, in a list").isEqualTo(304);

                http.put("/products/42", "{\"name\":\"Espresso cup\",\"priceCents\":1200}");
                var changed = http.get("/products/42", request -> request.header("If-None-Match", etag));
                assertThat(changed.code()).as("after the product changed").isEqualTo(200);
                assertThat(changed.headers().get("ETag").get(0)).isNotEqualTo(etag);
            });
        }
    }
}

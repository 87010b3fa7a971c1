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

        assertThat(etag).as("4.6 must make an ETag of the body's SHA-256 in hex (64 characters), in double quotes (part of"
                + " an ETag's syntax)").matches("\"[0-9a-f]{64}\"");
        assertThat(ConditionalGet.etag("{\"id\":1}")).as("4.6 must give one body one ETag, every time").isEqualTo(etag);
        assertThat(ConditionalGet.etag("{\"id\":2}")).as("4.6 must give another body another ETag").isNotEqualTo(etag);
    }

    @Test
    void aPublicResponseCarriesMaxAgeAndAnEtagAndAMatchingRequestGets304WithNoBody(RedisServer redis) {
        assertThat(ConditionalGet.etag("warm-up")).isNotBlank();
        try (RedisClient client = redis.newClient()) {
            CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(new CachedProducts(new RedisCache(client),
                    new CacheKeys(redis.namespace() + "test-" + System.nanoTime() + ":"), Store.database(), Duration.ofSeconds(60)))
                    .withHttpCaching(new ConditionalGet(Duration.ofSeconds(60)));
            JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
                var first = http.get("/products/42");
                assertThat(first.code()).as("4.6: GET /products/42 must answer 200; it answered: %s", first.body().string()).isEqualTo(200);
                assertThat(first.headers().get("Cache-Control")).as("4.6 must send Cache-Control: public, max-age=60 with a product")
                        .containsExactly("public, max-age=60");
                assertThat(first.headers().get("ETag")).as("4.6 must send an ETag with a product").hasSize(1);
                String etag = first.headers().get("ETag").get(0);
                assertThat(etag).as("4.6 must send the ETag of the very body it sends (etag(json)): the ETag sent")
                        .isEqualTo(ConditionalGet.etag(first.body().string()));

                var unchanged = http.get("/products/42", request -> request.header("If-None-Match", etag));
                assertThat(unchanged.code()).as("4.6 must answer 304 when If-None-Match names the current ETag").isEqualTo(304);
                assertThat(unchanged.body().string()).as("4.6 must send no body with a 304").isEmpty();
                assertThat(unchanged.headers().get("ETag")).as("4.6 must name the version on a 304 too (set the headers first): its ETag")
                        .containsExactly(etag);
                assertThat(unchanged.headers().get("Cache-Control")).as("4.6 must send Cache-Control on a 304 too").containsExactly("public, max-age=60");
                assertThat(http.get("/products/42", request -> request.header("If-None-Match", "*")).code())
                        .as("4.6 must answer 304 to If-None-Match: * (any version)").isEqualTo(304);

                var weakAmongOthers = http.get("/products/42", request -> request.header("If-None-Match", "\"other\", W/" + etag));
                assertThat(weakAmongOthers.code()).as("4.6 must read If-None-Match as a comma-separated list, and compare weakly"
                        + " (W/\"x\" matches \"x\"): If-None-Match: \"other\", W/<the ETag>").isEqualTo(304);

                http.put("/products/42", "{\"name\":\"Espresso cup\",\"priceCents\":1200}");
                var changed = http.get("/products/42", request -> request.header("If-None-Match", etag));
                assertThat(changed.code()).as("4.6 must answer 200 with the new body when the product changed since the ETag:"
                        + " a GET with the old ETag, after a PUT").isEqualTo(200);
                assertThat(changed.headers().get("ETag").get(0)).as("4.6 must send a new ETag once the product changed").isNotEqualTo(etag);
            });
        }
    }
}

package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.time.MutableClock;

/** The in-process cache of rendered responses: a hit re-renders nothing; a write or its short TTL ends it. */
@RealServers
class ResponseCacheTest {

    /** Renders straight from the database (the shared cache is the exercises' business), counting nothing itself. */
    static ResponseCache fromDatabase(ProductDatabase database, Duration ttl, Clock clock) {
        return new ResponseCache(id -> new Lookup<>(database.findById(id)
                .map(product -> RenderedResponse.of(Json.write(product), clock.instant())), CacheOutcome.MISS), ttl, clock);
    }

    @Test
    void aHitServesTheStoredResponseWithoutRenderingIt() {
        ProductDatabase database = Store.database();
        ResponseCache responses = fromDatabase(database, Duration.ofSeconds(1), MutableClock.atEpoch());

        Lookup<RenderedResponse> miss = responses.get(42);
        Lookup<RenderedResponse> hit = responses.get(42);
        for (int i = 0; i < 98; i++) {
            responses.get(42);
        }

        assertThat(miss.outcome()).as("the first read renders: its outcome").isEqualTo(CacheOutcome.MISS);
        assertThat(hit.outcome()).as("the second read: its outcome").isEqualTo(CacheOutcome.HIT);
        assertThat(hit.value().orElseThrow()).as("a hit sends the very response rendered on the miss").isSameAs(miss.value().orElseThrow());
        assertThat(responses.renders()).as("renders (JSON written, ETag hashed) for 100 reads").isEqualTo(1);
        assertThat(database.calls()).as("database reads for 100 reads").isEqualTo(1);
    }

    @Test
    void itsCopyEndsWithItsTtlOrAWrite() {
        MutableClock clock = MutableClock.atEpoch();
        ResponseCache responses = fromDatabase(Store.database(), Duration.ofSeconds(1), clock);
        responses.get(42);

        clock.advance(Duration.ofSeconds(1));
        assertThat(responses.get(42).outcome()).as("a read one TTL (1 s) after the rendering").isEqualTo(CacheOutcome.MISS);

        responses.invalidate(42);
        assertThat(responses.get(42).outcome()).as("a read after invalidate (a write on this instance)").isEqualTo(CacheOutcome.MISS);
        assertThat(responses.renders()).as("renders: the first read, after the TTL, after the write").isEqualTo(3);
    }

    @Test
    void keepsNeitherNotFoundNorWhatTheSharedCacheBypassed() {
        ResponseCache responses = new ResponseCache(id -> id == 42
                ? new Lookup<>(Optional.of(RenderedResponse.of("{}", java.time.Instant.EPOCH)), CacheOutcome.BYPASS)
                : new Lookup<>(Optional.empty(), CacheOutcome.MISS), Duration.ofSeconds(1), MutableClock.atEpoch());

        responses.get(42);
        responses.get(5_000);

        assertThat(responses.get(42).outcome()).as("a response rendered while the shared cache was down is not kept (BYPASS"
                + " means nothing was stored)").isEqualTo(CacheOutcome.BYPASS);
        assertThat(responses.get(5_000).outcome()).as("a product not found is not kept (it may be created any moment)")
                .isEqualTo(CacheOutcome.MISS);
    }

    @Test
    void throughTheApiAHitIsTheStoredBytesAndAWriteIsSeenAtOnce(RedisServer redis) throws Exception {
        ProductDatabase database = Store.database();
        ResponseCache responses = fromDatabase(database, Duration.ofMinutes(1), MutableClock.atEpoch());
        try (RedisClient client = redis.newClient()) {
            CachedProducts unused = new CachedProducts(new RedisCache(client),
                    new CacheKeys(redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":"), database,
                    Duration.ofSeconds(60));
            JavalinTest.test(CatalogApi.create(CatalogApi.Collaborators.of(unused).withResponses(responses)), (server, http) -> {
                var first = http.get("/products/42");
                assertThat(first.headers().get("X-Cache")).as("X-Cache of the first GET").containsExactly("MISS");
                for (int i = 0; i < 9; i++) {
                    var hit = http.get("/products/42");
                    assertThat(hit.headers().get("X-Cache")).as("X-Cache of a later GET").containsExactly("HIT");
                    assertThat(hit.body().string()).as("a hit's body").isEqualTo(Json.write(Store.database().findById(42).orElseThrow()));
                }
                assertThat(responses.renders()).as("renders for ten GETs: a hit must not touch the JSON writer").isEqualTo(1);
                assertThat(http.get("/products/5000").code()).as("an unknown product").isEqualTo(404);
            });
        }
    }
}

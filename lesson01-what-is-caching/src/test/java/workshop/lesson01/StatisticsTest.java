package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.javalin.testtools.JavalinTest;

import workshop.support.testing.JsonBody;
import workshop.support.time.MutableClock;

/** The hand-made cache, exercise 1.4: hits, misses and evictions, counted safely and shown at /stats. */
@DisplayName("Exercise 1.4: Statistics, exposed at /stats")
@TestMethodOrder(OrderAnnotation.class) // a snapshot that resets the counts fails most tests: this one says why
class StatisticsTest implements StatisticsContract {

    @Override
    public Cache<Long, Product> newCache(CacheSettings settings) {
        return new HandMadeCache<>(settings);
    }

    @Test
    void theApiShowsHitsMissesEvictionsAndTheHitRatio() {
        Cache<Long, Product> cache = new HandMadeCache<>(CacheSettings.unbounded().maximumSize(2).recordStats());
        assertThat(cache.stats()).isEqualTo(CacheStats.EMPTY);
        JavalinTest.test(ProductApi.create(cache, Catalog.database()), (server, client) -> {
            for (String path : new String[] {"/products/1", "/products/1", "/products/2", "/products/3", "/products/3"}) {
                var response = client.get(path);
                assertThat(response.code()).as("GET %s answered: %s", path, response.body().string()).isEqualTo(200);
            }

            var stats = JsonBody.parse(client.get("/stats").body().string());

            String seen = "GET /stats after /products/1, 1, 2, 3, 3 on a cache of 2 answered " + stats;
            assertThat(stats.get("hits").asLong()).as("1.4: hits (%s)", seen).isEqualTo(2);
            assertThat(stats.get("misses").asLong()).as("1.4: misses (%s)", seen).isEqualTo(3);
            assertThat(stats.get("evictions").asLong()).as("1.4: evictions (%s)", seen).isEqualTo(1);
            assertThat(stats.get("hitRatio").asDouble()).as("1.4: hit ratio (%s)", seen).isEqualTo(0.4);
            assertThat(stats.get("size").asLong()).as("1.4: size (%s)", seen).isEqualTo(2);
            assertThat(stats.get("originCalls").asLong()).as("1.4: origin calls (%s)", seen).isEqualTo(3);
        });
    }

    @Test
    void anExpiredEntryCountsAsAnEviction() {
        MutableClock clock = MutableClock.atEpoch();
        Cache<Long, Product> cache = new HandMadeCache<>(CacheSettings.unbounded().expireAfterWrite(Duration.ofSeconds(30))
                .clock(clock).recordStats());
        assertThat(cache.stats()).as("a new cache's statistics").isEqualTo(CacheStats.EMPTY);
        cache.put(1L, Catalog.product(1));
        clock.advance(Duration.ofSeconds(30));

        cache.getIfPresent(1L);

        assertThat(cache.stats()).as("1.4 must count an entry dropped because it expired as an eviction (as Caffeine"
                + " does), and the read that found it gone as a miss").isEqualTo(new CacheStats(0, 1, 1));
    }

    @Test
    void countsSafelyFromManyThreads() {
        StatsCounter counter = new StatsCounter();
        counter.recordHit();
        assertThat(counter.snapshot()).as("1.4: a StatsCounter after one hit").isEqualTo(new CacheStats(1, 0, 0));
        // Lost updates (two threads read 41, both write 42) are a race no test can make happen on demand:
        // the counters' types are what keeps them away.
        for (Field field : StatsCounter.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            assertThat(field.getType().getPackageName())
                    .as("1.4 must count safely from many threads at once: StatsCounter.%s is a %s, whose ++ loses"
                            + " updates when two threads count together. Use a LongAdder (or an AtomicLong)",
                            field.getName(), field.getType().getSimpleName())
                    .isEqualTo("java.util.concurrent.atomic");
        }
    }

    @Test
    @Order(1)
    void readingTheCountsLeavesThemAlone() {
        StatsCounter counter = new StatsCounter();
        counter.recordHit();
        counter.recordMiss();
        counter.recordEviction();

        CacheStats first = counter.snapshot();

        assertThat(first).as("1.4: a StatsCounter's snapshot after a hit, a miss and an eviction").isEqualTo(new CacheStats(1, 1, 1));
        assertThat(counter.snapshot()).as("1.4 must report the counts so far without resetting them (LongAdder.sum, not"
                + " sumThenReset): /stats is read again and again. A second snapshot, nothing counted in between")
                .isEqualTo(new CacheStats(1, 1, 1));
    }
}

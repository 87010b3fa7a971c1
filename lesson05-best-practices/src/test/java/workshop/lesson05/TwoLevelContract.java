package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.proxy.CountingProxy;
import workshop.support.servers.RedisServer;

/**
 * What every two-level cache of this lesson must do, whoever keeps its local copies honest: the hand-built pub/sub
 * of 5.9 or Redis's own tracking in 5.11. Each runs these same tests, as a nested group of its exercise's tests.
 */
abstract class TwoLevelContract {

    static final Duration REDIS_TTL = Duration.ofMinutes(10);
    static final long NEW_PRICE_CENTS = 12_000;
    static final String NEW_PRICE = Long.toString(NEW_PRICE_CENTS);

    final PriceService origin = Fixtures.instantOrigin();

    /** The exercise, for the messages: "5.9" or "5.11". */
    abstract String exercise();

    /** A cache on this client, as one app instance would build it; the test closes it. */
    abstract PriceCache newCache(RedisClient client, Keys keys, PriceSource origin);

    private static void close(PriceCache cache) throws Exception {
        if (cache instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Test
    void repeatedReadsAreAnsweredInTheJvm(RedisServer redis) throws Exception {
        Keys keys = Fixtures.freshKeys(redis);
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            client.set(keys.price(1), Fixtures.instantOrigin().price(1)); // the steady state: Redis holds the price
            PriceCache cache = newCache(client, keys, origin);
            try {
                String first = cache.price(1);
                proxy.reset();
                for (int i = 0; i < 100; i++) {
                    assertThat(cache.price(1)).as("%s: read %d of a cached price", exercise(), i + 1).isEqualTo(first);
                }
                assertThat(proxy.traffic().commands("GET")).as("%s must answer repeated reads from its local copy: GET commands"
                        + " Redis saw for 100 reads of a cached price", exercise()).isZero();
            } finally {
                close(cache);
            }
        }
    }

    @Test
    void aSecondInstanceFindsTheRedisCopy(RedisServer redis) throws Exception {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient()) {
            PriceCache a = newCache(clientA, keys, origin);
            PriceCache b = newCache(clientB, keys, origin);
            try {
                assertThat(b.price(1)).as("%s: a read on instance B", exercise()).isEqualTo(a.price(1));
                assertThat(origin.calls()).as("%s must look in Redis before the origin: origin calls for a read on each of two"
                        + " instances", exercise()).isEqualTo(1);
            } finally {
                close(a);
                close(b);
            }
        }
    }

    @Test
    void aWriteIsReadAtOnceByItsWriterAndSoonByTheOthers(RedisServer redis) throws Exception {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient()) {
            PriceCache a = newCache(clientA, keys, origin);
            PriceCache b = newCache(clientB, keys, origin);
            try {
                a.price(1);
                b.price(1);

                origin.change(1, NEW_PRICE_CENTS);
                a.invalidate(1);

                assertThat(a.price(1)).as("%s: the writer must read its own write at once", exercise()).isEqualTo(NEW_PRICE);
                await().alias(exercise() + ": a write on instance A must reach instance B's local copy")
                        .atMost(Duration.ofSeconds(5)).until(() -> b.price(1), equalTo(NEW_PRICE));
            } finally {
                close(a);
                close(b);
            }
        }
    }
}

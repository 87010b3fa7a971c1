package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.JsonBody;

/** A Memcached started with 2 MB of memory, then asked to hold about 10 MB. */
@RealServers
@DisplayName("Exercise 3.8: A memory limit, and evictions")
class MemcachedStatsTest {

    private static final int MEGABYTES = 2;

    @Test
    void aFullCacheEvictsAndSaysSo(Servers servers) throws Exception {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(MEGABYTES));
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            MemcachedStats.Memory empty = MemcachedStats.read(client.memcached());
            assertThat(empty.items()).as("3.8: items (curr_items) of an empty server").isZero();
            assertThat(empty.limitBytes()).as("3.8: limitBytes (limit_maxbytes) of a server started with -m 2").isEqualTo(MEGABYTES * 1024 * 1024);

            fill(client, 200);

            MemcachedStats.Memory full = MemcachedStats.read(client.memcached());
            assertThat(full.evictions()).as("3.8: evictions (the \"evictions\" stat) after writing 5 times what fits").isPositive();
            assertThat(full.items()).as("3.8: items held now (curr_items, not total_items: that counts every write ever), of 200 written").isLessThan(200);
            assertThat(full.bytes()).as("3.8: bytes held (the \"bytes\" stat) must stay within the limit").isLessThanOrEqualTo(full.limitBytes());
            assertThat(full.bytes()).as("3.8 must read the bytes the items take (the \"bytes\" stat, not bytes_read or"
                    + " bytes_written: those count network traffic): bytes held by %d items of about 29 KB each", full.items())
                    .isGreaterThan(full.items() * 20_000);
        }
    }

    @Test
    void theApiStaysCorrectWhileItsEntriesAreEvicted(Servers servers) throws Exception {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(MEGABYTES));
        CityKeys keys = CityKeys.naive("");
        WeatherService service = Fixtures.service();
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            JavalinTest.test(WeatherApi.create(new WeatherCache(client.memcached(), keys, 600),
                    new WeatherBulkReader(client.memcached(), keys, 600), service), (server, http) -> {
                assertThat(MemcachedStats.read(client.memcached()).evictions()).as("3.8: evictions of a new server").isZero();
                http.get("/weather/Oslo");
                // Memcached keeps one LRU per slab class (items of similar size): only entries as small as Oslo's push it out.
                fillWithSmallEntries(client, 20_000);

                // Which entries go is Memcached's choice (the coldest of the slab class, normally Oslo's): the test reads
                // whether Oslo's entry survived rather than assuming it, and asks the API to say so truly either way.
                boolean osloStillCached = client.memcached().get(keys.forCity("Oslo")) != null;
                var oslo = http.get("/weather/Oslo");

                assertThat(MemcachedStats.read(client.memcached()).evictions()).as("3.8: evictions after 20,000 small entries").isPositive();
                assertThat(oslo.headers().get("X-Cache")).as("X-Cache for Oslo, whose entry %s", osloStillCached ? "survived" : "was evicted")
                        .containsExactly(osloStillCached ? "HIT" : "MISS");
                assertThat(JsonBody.parse(oslo.body().string()).get("temperatureCelsius").asInt()).as("Oslo's temperature, from the upstream")
                        .isEqualTo(Fixtures.service().current("Oslo").temperatureCelsius());
            });
        }
    }

    /**
     * Writes many entries of about Oslo's size, waiting for every thousandth: spymemcached drops an operation that
     * waited in its queue longer than the operation timeout, so the queue must not grow too long.
     */
    private static void fillWithSmallEntries(ClosingMemcachedClient client, int entries) throws Exception {
        String value = "x".repeat(60);
        for (int i = 0; i < entries; i++) {
            var write = client.memcached().set("small:" + i, 600, value);
            if (i % 1_000 == 999) {
                write.get();
            }
        }
    }

    /** Writes entries of 50 KB of random hex (about 29 KB each once spymemcached has compressed them). */
    private static void fill(ClosingMemcachedClient client, int entries) throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < entries; i++) {
            byte[] bytes = new byte[25 * 1024];
            random.nextBytes(bytes);
            client.memcached().set("filler:" + i, 600, HexFormat.of().formatHex(bytes)).get();
        }
    }
}

package workshop.lesson02;

import java.time.Duration;
import java.util.Optional;

import redis.clients.jedis.RedisClient;

import workshop.support.servers.RedisServer;
import workshop.support.testing.FreshNamespace;

/** What the tests share: fresh keys per test (tests never see each other's data), the database, command counts. */
final class Fixtures {

    static final long UNKNOWN_ID = 5_000;

    private Fixtures() {
    }

    /** Keys no other test uses, inside the server's own namespace (which a shared server's cleanup deletes). */
    static Keys freshKeys(RedisServer redis) {
        return new Keys(FreshNamespace.inside(redis));
    }

    static ProductDatabase database() {
        return ProductDatabase.withSampleProducts(100, Duration.ZERO);
    }

    static Product product(long id) {
        return database().findById(id).orElseThrow();
    }

    /** How many times the server has run a command, from INFO commandstats (0 if never). */
    static long calls(RedisClient redis, String command) {
        return redis.info("commandstats").lines()
                .filter(line -> line.startsWith("cmdstat_" + command + ":"))
                .findFirst()
                .map(line -> Long.parseLong(line.replaceAll("^cmdstat_[^:]+:calls=(\\d+),.*$", "$1")))
                .orElse(0L);
    }

    static CatalogApi.Collaborators collaborators(RedisClient redis, Keys keys, ProductDatabase database, Optional<RateLimiter> limiter) {
        return new CatalogApi.Collaborators(database,
                new ProductCache(redis, keys, Duration.ofSeconds(60)),
                new ProductBulkReader(redis, keys, Duration.ofSeconds(60)),
                new Purchases(redis, keys, database),
                new RecentlyViewed(redis, keys, 5),
                new ProductSets(redis, keys),
                new TopSellers(redis, keys),
                limiter);
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** Two app instances: two clients, two caches, one Redis, one origin. */
@RealServers
@DisplayName("Exercise 5.3: Stampede stopped across instances, with a lock in Redis")
class RedisLockTest {

    @Test
    void theFirstTakesTheLockAndOthersAreRefusedUntilItIsReleased(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        try (RedisClient one = redis.newClient(); RedisClient other = redis.newClient()) {
            RedisLock first = new RedisLock(one);
            RedisLock second = new RedisLock(other);

            Optional<String> held = first.tryAcquire(key, Duration.ofSeconds(30));
            assertThat(held).isPresent();
            assertThat(second.tryAcquire(key, Duration.ofSeconds(30))).as("while held").isEmpty();

            assertThat(first.release(key, held.get())).isTrue();
            assertThat(second.tryAcquire(key, Duration.ofSeconds(30))).as("once released").isPresent();
        }
    }

    @Test
    void onlyTheHolderCanReleaseIt(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        try (RedisClient client = redis.newClient()) {
            RedisLock lock = new RedisLock(client);
            String token = lock.tryAcquire(key, Duration.ofSeconds(30)).orElseThrow();

            assertThat(lock.release(key, "not-the-token")).as("a release with another token").isFalse();
            assertThat(client.get(key)).isEqualTo(token);
        }
    }

    @Test
    void aCrashedHoldersLockExpiresSoOthersAreNotBlockedForEver(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        try (RedisClient client = redis.newClient()) {
            RedisLock lock = new RedisLock(client);
            assertThat(lock.tryAcquire(key, Duration.ofMillis(500))).isPresent(); // ...and its holder never releases it

            await().atMost(Duration.ofSeconds(5)).until(() -> lock.tryAcquire(key, Duration.ofSeconds(30)).isPresent());
        }
    }

    @Test
    void twoInstancesWithTwentyThreadsEachCallTheOriginOnce(RedisServer redis) throws Exception {
        Keys keys = Fixtures.freshKeys(redis);
        PriceService origin = new PriceService(Duration.ofMillis(50));
        try (RedisClient one = redis.newClient(); RedisClient other = redis.newClient()) {
            assertThat(new RedisLock(one).tryAcquire(keys.priceLock(99), Duration.ofMillis(1))).as("the lock works").isPresent();
            LockedPriceCache instanceA = new LockedPriceCache(one, keys, origin, Duration.ofSeconds(60));
            LockedPriceCache instanceB = new LockedPriceCache(other, keys, origin, Duration.ofSeconds(60));

            List<String> prices = new ArrayList<>(SingleFlightPriceCacheTest.concurrently(20, () -> instanceA.price(42)));
            prices.addAll(SingleFlightPriceCacheTest.concurrently(20, () -> instanceB.price(42)));

            assertThat(prices).containsOnly(Fixtures.instantOrigin().price(42));
            assertThat(origin.calls()).as("origin calls for 40 reads from two instances").isEqualTo(1);
        }
    }
}

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
    void aHolderWhoseLockExpiredCannotReleaseTheNextHoldersLock(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        try (RedisClient one = redis.newClient(); RedisClient other = redis.newClient()) {
            RedisLock slow = new RedisLock(one);
            RedisLock next = new RedisLock(other);
            String slowToken = slow.tryAcquire(key, Duration.ofMillis(300)).orElseThrow();
            await().atMost(Duration.ofSeconds(5)).until(() -> next.tryAcquire(key, Duration.ofSeconds(30)).isPresent());
            String nextToken = other.get(key);

            assertThat(slow.release(key, slowToken)).as("the slow holder's release, after its lock expired").isFalse();
            assertThat(other.get(key)).as("the lock, still the next holder's").isEqualTo(nextToken).isNotEqualTo(slowToken);
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
            LockedPriceCache instanceA = new LockedPriceCache(one, keys, origin, Duration.ofSeconds(60));
            LockedPriceCache instanceB = new LockedPriceCache(other, keys, origin, Duration.ofSeconds(60));
            List<Fixtures.Read> reads = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                reads.add(() -> instanceA.price(42));
                reads.add(() -> instanceB.price(42));
            }

            List<String> prices = Fixtures.concurrently(reads); // 40 readers, both instances, released together

            assertThat(prices).containsOnly(Fixtures.instantOrigin().price(42));
            assertThat(origin.calls()).as("origin calls for 40 reads from two instances").isEqualTo(1);
        }
    }
}

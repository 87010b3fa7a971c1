package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.testing.AllAtOnce;

/** Two app instances: two clients, two caches, one Redis, one origin. */
@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.3: Stampede stopped across instances, with a lock in Redis")
class RedisLockTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    @Order(1)
    void theFirstTakesTheLockAndOthersAreRefusedUntilItIsReleased(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        try (RedisClient one = redis.newClient(); RedisClient other = redis.newClient()) {
            RedisLock first = new RedisLock(one);
            RedisLock second = new RedisLock(other);

            Optional<String> held = first.tryAcquire(key, LONG);
            assertThat(held).as("5.3: the first tryAcquire of a free lock must take it (and answer its token)").isPresent();
            assertThat(second.tryAcquire(key, LONG)).as("5.3 must refuse the lock while another holds it (SET … NX): a "
                    + "second tryAcquire answered").isEmpty();

            assertThat(first.release(key, held.get())).as("5.3: the holder's release must answer true").isTrue();
            assertThat(second.tryAcquire(key, LONG)).as("5.3: a tryAcquire once the lock was released").isPresent();
        }
    }

    @Test
    @Order(2)
    void onlyTheHolderCanReleaseIt(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        try (RedisClient client = redis.newClient()) {
            RedisLock lock = new RedisLock(client);
            String token = lock.tryAcquire(key, LONG).orElseThrow();

            assertThat(lock.release(key, "not-the-token")).as("5.3 must check the lock's token before deleting it (the "
                    + "RELEASE script): a release with another token answered").isFalse();
            assertThat(client.get(key)).as("5.3 must check the lock's token before deleting it: after a release with "
                    + "another token, the lock holds").isEqualTo(token);
        }
    }

    @Test
    @Order(3)
    void everyLockTakenGetsATokenOfItsOwn(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient one = redis.newClient(); RedisClient other = redis.newClient()) {
            String mine = new RedisLock(one).tryAcquire(keys.priceLock(1), LONG).orElseThrow();
            String theirs = new RedisLock(other).tryAcquire(keys.priceLock(2), LONG).orElseThrow();

            assertThat(theirs).as("5.3 must give each lock taken a token of its own (random): with the same token, any "
                    + "holder can release another's lock; two tokens were").isNotEqualTo(mine);
            assertThat(one.get(keys.priceLock(1))).as("5.3: the lock key holds the token tryAcquire answered").isEqualTo(mine);
        }
    }

    @Test
    @Order(4)
    void theLockIsTakenWithItsExpiryInOneCommand(RedisServer redis) throws Throwable {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        AtomicBoolean crashed = new AtomicBoolean();
        RuntimeException crash = new IllegalStateException("the holder crashed right after its first command on the lock");
        try (RedisClient client = redis.newClient(); WatchedRedis watched = new WatchedRedis(redis)) {
            watched.afterEach(command -> {
                if (command.args().contains(key) && crashed.compareAndSet(false, true)) {
                    throw crash;
                }
            });

            Throwable thrown = catchThrowable(() -> new RedisLock(watched.client()).tryAcquire(key, LONG));
            if (thrown != null && thrown != crash) {
                throw thrown; // not the crash this test played: the code's own failure, as it is
            }

            assertThat(crashed).as("5.3: tryAcquire must send a command on the lock's key").isTrue();
            assertThat(client.pttl(key)).as("5.3 must take the lock with its expiry in one command (SET key token NX PX): "
                    + "a holder that crashed right after its first command (%s) left a lock whose PTTL is (-1: it never "
                    + "expires, and nobody can take it again)", watched.sent()).isPositive();
        }
    }

    @Test
    @Order(5)
    void aCrashedHoldersLockExpiresSoOthersAreNotBlockedForEver(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        try (RedisClient client = redis.newClient()) {
            RedisLock lock = new RedisLock(client);
            assertThat(lock.tryAcquire(key, Duration.ofMillis(500))).as("5.3: a free lock, taken for 500 ms").isPresent();
            // ...and its holder never releases it.
            assertThat(client.pttl(key)).as("5.3 must take the lock with its expiry (PX, in milliseconds), so a crashed "
                    + "holder's lock goes away on its own: its PTTL, ms").isBetween(1L, 500L);

            await().alias("5.3: a lock whose holder crashed must expire after its 500 ms, so another can take it")
                    .atMost(Duration.ofSeconds(5)).until(() -> lock.tryAcquire(key, LONG).isPresent());
        }
    }

    @Test
    @Order(6)
    void aHolderWhoseLockExpiredCannotReleaseTheNextHoldersLock(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        try (RedisClient one = redis.newClient(); RedisClient other = redis.newClient()) {
            RedisLock slow = new RedisLock(one);
            RedisLock next = new RedisLock(other);
            String slowToken = slow.tryAcquire(key, Duration.ofMillis(300)).orElseThrow();
            await().alias("5.3: a lock taken for 300 ms must expire, so the next holder can take it")
                    .atMost(Duration.ofSeconds(5)).until(() -> next.tryAcquire(key, LONG).isPresent());
            String nextToken = other.get(key);

            assertThat(slow.release(key, slowToken)).as("5.3 must check the lock's token before deleting it: the slow "
                    + "holder's release, after its lock expired and another took it, answered").isFalse();
            assertThat(other.get(key)).as("5.3 must check the lock's token before deleting it: the lock, after the slow "
                    + "holder's late release, must still be the next holder's").isEqualTo(nextToken).isNotEqualTo(slowToken);
        }
    }

    @Test
    @Order(7)
    void theTokenIsCheckedAndTheLockDeletedInOneStep(RedisServer redis) {
        String key = Fixtures.freshKeys(redis).priceLock(1);
        try (RedisClient other = redis.newClient(); WatchedRedis watched = new WatchedRedis(redis)) {
            RedisLock slow = new RedisLock(watched.client());
            RedisLock next = new RedisLock(other);
            String slowToken = slow.tryAcquire(key, LONG).orElseThrow();
            watched.forget();
            AtomicReference<String> nextToken = new AtomicReference<>();
            watched.afterEach(command -> {
                if (command.is("GET", key)) { // between the check and the delete: the lock expires, another takes it
                    other.del(key);
                    nextToken.set(next.tryAcquire(key, LONG).orElseThrow());
                }
            });

            slow.release(key, slowToken);

            assertThat(other.get(key)).as("5.3 must check the lock's token and delete it in one step (the RELEASE script, "
                    + "with eval): between the release's commands %s the lock expired and another holder took it; after "
                    + "the release, the lock must still be that holder's", watched.sent()).isEqualTo(nextToken.get());
            assertThat(watched.names()).as("5.3 must check the lock's token and delete it in one step (the RELEASE "
                    + "script, with eval); the release sent").hasSize(1).first().isIn("EVAL", "EVALSHA");
        }
    }

    @Test
    @Order(8)
    void twoInstancesWithTwentyThreadsEachCallTheOriginOnce(RedisServer redis) throws Exception {
        Keys keys = Fixtures.freshKeys(redis);
        PriceService origin = new PriceService(Duration.ofMillis(50));
        try (RedisClient one = redis.newClient(); RedisClient other = redis.newClient()) {
            LockedPriceCache instanceA = new LockedPriceCache(one, keys, origin, Duration.ofSeconds(60));
            LockedPriceCache instanceB = new LockedPriceCache(other, keys, origin, Duration.ofSeconds(60));
            List<Callable<String>> reads = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                reads.add(() -> instanceA.price(42));
                reads.add(() -> instanceB.price(42));
            }

            List<String> prices = AllAtOnce.call(reads); // 40 readers, both instances, released together

            assertThat(prices).as("5.3: what 40 readers on two instances were answered").containsOnly(Fixtures.instantOrigin().price(42));
            assertThat(origin.calls()).as("5.3: with the lock, only its winner loads (the others refused, while it is "
                    + "held): origin calls for 40 concurrent reads from two instances").isEqualTo(1);
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;
import workshop.support.concurrent.ThreadPerTask;
import workshop.support.testing.AllAtOnce;

@RealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // from the plain contract to the subtle: the first failure is the one to fix first
@DisplayName("Exercise 5.2: Stampede stopped in one instance")
class SingleFlightPriceCacheTest {

    private static final int THREADS = 50;
    private static final Duration TTL = Duration.ofSeconds(60);
    /** How long a latch waits before the test gives up on a code path that never comes (a correct one never waits). */
    private static final Duration GIVE_UP = Duration.ofSeconds(2);

    @Test
    @Order(5)
    void storesTheLoadedPriceWithItsTimeToLive(RedisServer redis) {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient client = redis.newClient()) {
            new SingleFlightPriceCache(client, keys, Fixtures.instantOrigin(), TTL).price(42);

            assertThat(client.pttl(keys.price(42))).as("5.2 must store the price it loaded with its TTL (60 s here; SET"
                    + " ... PX, in milliseconds), so a changed price reaches the readers in time: PTTL of price 42 after a load"
                    + " (-1: none, the old price would be served for ever)").isBetween(50_000L, 60_000L);
        }
    }

    @Test
    @Order(1)
    void fiftyConcurrentMissesOfAColdKeyCallTheOriginOnce(RedisServer redis) throws Exception {
        PriceService origin = new PriceService(Duration.ofMillis(50)); // slow enough that all 50 arrive during the load
        try (RedisClient client = redis.newClient()) {
            SingleFlightPriceCache cache = new SingleFlightPriceCache(client, Fixtures.freshKeys(redis), origin, TTL);

            List<String> prices = AllAtOnce.call(THREADS, () -> cache.price(42));

            assertThat(prices).as("5.2: what 50 concurrent readers of price 42 were answered").hasSize(THREADS)
                    .containsOnly(Fixtures.instantOrigin().price(42));
            assertThat(origin.calls()).as("5.2 must load a key once however many threads miss it at once (the others "
                    + "wait for that load, and the one that wins the right to load looks in Redis once more first, in "
                    + "case a load just finished): origin calls for 50 concurrent reads of one cold key").isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void differentKeysLoadInParallel(RedisServer redis) throws Exception {
        CountDownLatch oneLoading = new CountDownLatch(1);
        CountDownLatch twoLoaded = new CountDownLatch(1);
        AtomicBoolean twoLoadedDuringOne = new AtomicBoolean();
        PriceSource origin = id -> {
            if (id == 1) {
                oneLoading.countDown();
                twoLoadedDuringOne.set(awaitLatch(twoLoaded)); // key 1's load lasts until key 2 is loaded, by another thread
            } else {
                twoLoaded.countDown();
            }
            return Fixtures.instantOrigin().price(id);
        };
        try (RedisClient client = redis.newClient()) {
            SingleFlightPriceCache cache = new SingleFlightPriceCache(client, Fixtures.freshKeys(redis), origin, TTL);
            CompletableFuture<String> one = CompletableFuture.supplyAsync(() -> cache.price(1), ThreadPerTask.INSTANCE);
            await().alias("5.2: a read of cold key 1 must reach the origin").atMost(Duration.ofSeconds(5))
                    .until(() -> oneLoading.getCount() == 0 || one.isDone());
            if (one.isDone()) {
                one.get(10, TimeUnit.SECONDS); // it ended before its load: rethrows why
            }
            CompletableFuture<String> two = CompletableFuture.supplyAsync(() -> cache.price(2), ThreadPerTask.INSTANCE); // while key 1 loads

            one.get(10, TimeUnit.SECONDS);
            two.get(10, TimeUnit.SECONDS);

            assertThat(twoLoadedDuringOne).as("5.2 must make readers wait only for a load of their own key, never one "
                    + "lock for every key: was key 2 loaded while key 1's load was under way").isTrue();
        }
    }

    @Test
    @Order(3)
    void aLoadThatFinishedBetweenAMissAndTheClaimIsNotRepeated(RedisServer redis) throws Exception {
        PriceService origin = Fixtures.instantOrigin();
        Keys keys = Fixtures.freshKeys(redis);
        CountDownLatch lateReaderMissed = new CountDownLatch(1);
        CountDownLatch otherLoadDone = new CountDownLatch(1);
        try (WatchedRedis watched = new WatchedRedis(redis)) {
            SingleFlightPriceCache cache = new SingleFlightPriceCache(watched.client(), keys, origin, TTL);
            Thread lateReader = new Thread(() -> cache.price(7), "late-reader");
            watched.afterEach(command -> {
                if (Thread.currentThread() == lateReader && command.is("GET", keys.price(7)) && lateReaderMissed.getCount() > 0) {
                    lateReaderMissed.countDown(); // it missed; now, before it claims the load, another load runs to its end
                    awaitLatch(otherLoadDone);
                }
            });

            lateReader.start();
            awaitLatch(lateReaderMissed);
            assertThat(cache.price(7)).as("5.2: a read of price 7 while another reader sits between its miss and its claim")
                    .isEqualTo(Fixtures.instantOrigin().price(7));
            otherLoadDone.countDown();
            lateReader.join(TimeUnit.SECONDS.toMillis(10));

            assertThat(origin.calls()).as("5.2: the thread that wins the right to load looks in Redis once more first: a load may "
                    + "have finished, stored and left between this reader's miss and its claim; origin calls for price 7")
                    .isEqualTo(1);
        }
    }

    @Test
    @Order(4)
    void aFailedLoadFailsEveryoneWaitingOnItAndTheNextReadTriesAgain(RedisServer redis) throws Exception {
        AtomicLong loadsOf7 = new AtomicLong();
        CountDownLatch waiterIsWaiting = new CountDownLatch(1);
        RuntimeException down = new IllegalStateException("pricing engine down (on purpose: this test's first load of price 7 fails)");
        PriceSource downForNow = id -> {
            if (id == 7 && loadsOf7.incrementAndGet() == 1) {
                awaitLatch(waiterIsWaiting); // the first load of 7 fails, once another reader waits on it
                throw down;
            }
            return Fixtures.instantOrigin().price(id);
        };
        try (RedisClient client = redis.newClient()) {
            SingleFlightPriceCache cache = new SingleFlightPriceCache(client, Fixtures.freshKeys(redis), downForNow, TTL);
            assertThat(cache.price(8)).as("5.2: a read of price 8").isEqualTo(Fixtures.instantOrigin().price(8));

            Reader first = new Reader(() -> cache.price(7));
            await().alias("5.2: the first read of price 7 reaches the origin").atMost(Duration.ofSeconds(5))
                    .until(() -> loadsOf7.get() >= 1);
            Reader second = new Reader(() -> cache.price(7));
            await().alias("5.2: a second reader of price 7, while its load is under way, must wait for that load "
                    + "(join its future), neither load again nor block on one lock for every key").atMost(Duration.ofSeconds(5))
                    .until(() -> second.thread.getState() == Thread.State.WAITING || loadsOf7.get() > 1);
            waiterIsWaiting.countDown();

            assertThat(first.failure()).as("5.2: the loader's read must fail with the origin's own exception").isSameAs(down);
            second.failure();
            assertThat(loadsOf7.get()).as("5.2: a reader that waited on a failed load must share its failure, not load "
                    + "again: loads of price 7").isEqualTo(1);
            assertThat(second.failure()).as("5.2: a reader that waited on the failed load must get the origin's own "
                    + "exception, as the loader did (unwrap the CompletionException of join())").isSameAs(down);
            Throwable nextRead = catchThrowable(() -> assertThat(cache.price(7)).isEqualTo(Fixtures.instantOrigin().price(7)));
            assertThat(nextRead).as("5.2 must forget a load once it is over, failed or not (remove its future in a "
                    + "finally): the next read must try again, and load; it failed with").isNull();
        }
    }

    /** A read on a thread of its own; what it threw is kept exactly as it was thrown. */
    private static final class Reader {

        final Thread thread;
        private final AtomicReference<Throwable> thrown = new AtomicReference<>();

        Reader(Supplier<String> read) {
            thread = new Thread(() -> {
                try {
                    read.get();
                } catch (RuntimeException | Error failure) {
                    thrown.set(failure);
                }
            });
            thread.start();
        }

        /** What the read threw (null if it answered), once it is over. */
        Throwable failure() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(10));
            return thrown.get();
        }
    }

    /** Waits for the latch, or gives up; true when it opened. */
    private static boolean awaitLatch(CountDownLatch latch) {
        try {
            return latch.await(GIVE_UP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

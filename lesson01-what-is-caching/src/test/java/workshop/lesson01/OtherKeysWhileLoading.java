package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;

/**
 * One key's load held open while another key is read: the read must not wait for it. 1.1 and 1.5 both promise this
 * (a cache that locks around the load serialises every key); each passes the words its learner needs.
 */
final class OtherKeysWhileLoading {

    private OtherKeysWhileLoading() {
    }

    /**
     * Holds the load of key 1 open and reads key 2 meanwhile; fails with {@code mustNotWait} (a format taking the
     * waiting reader's state, {@code %s}) when the read of key 2 waits.
     */
    static void readOfAnotherKeyDoesNotWait(Cache<Long, Product> cache, String mustNotWait) throws Exception {
        Product two = Catalog.product(2);
        CountDownLatch slowLoadStarted = new CountDownLatch(1);
        CountDownLatch releaseSlowLoad = new CountDownLatch(1);
        Worker<Product> slow = Worker.start("load of key 1", () -> cache.get(1L, id -> {
            slowLoadStarted.countDown();
            Worker.await(releaseSlowLoad);
            return Catalog.product(id);
        }));
        try {
            slow.awaitOpened(slowLoadStarted, "starting the load of key 1");

            Worker<Product> other = Worker.start("read of key 2", () -> cache.get(2L, id -> two));

            assertThat(other.returnsWithoutWaiting()).as(mustNotWait, other.state()).isTrue();
            assertThat(other.result()).as("key 2, read while key 1 was still loading").isEqualTo(two);
        } finally {
            releaseSlowLoad.countDown();
        }
        assertThat(slow.result()).as("key 1, once its load was let go").isEqualTo(Catalog.product(1));
    }
}

package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.testing.AllAtOnce;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;

@RealServers
@DisplayName("Exercise 3.4: CAS, no lost update")
class CasUpdaterTest {

    private static String plusOne(String count) {
        return count == null ? "1" : Long.toString(Long.parseLong(count) + 1);
    }

    @Test
    void appliesTheChangeToTheCurrentValue(MemcachedServer memcached) throws Exception {
        String key = FreshNamespace.inside(memcached) + "greeting";
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            CasUpdater updater = new CasUpdater(client.memcached());

            assertThat(updater.update(key, 60, value -> value == null ? "hello" : value + "!"))
                    .as("3.4 must apply the change to null when the key is absent, and return what it stored").isEqualTo("hello");
            assertThat(updater.update(key, 60, value -> value == null ? "hello" : value + "!"))
                    .as("3.4 must apply the change to the current value, and return what it stored").isEqualTo("hello!");
            assertThat(client.memcached().get(key)).as("3.4: what Memcached holds after two updates").isEqualTo("hello!");
        }
    }

    @Test
    void eightWritersOfOneValueLoseNoUpdate(MemcachedServer memcached) throws Exception {
        String key = FreshNamespace.inside(memcached) + "page-views";
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            CasUpdater updater = new CasUpdater(client.memcached());

            // Eight writers start on a key that does not exist yet: the first add wins, the rest go through cas.
            AllAtOnce.run(8, () -> {
                for (int i = 0; i < 25; i++) {
                    updater.update(key, 60, CasUpdaterTest::plusOne);
                }
            });

            assertThat(client.memcached().get(key)).as("3.4 must lose no update: the count after 8 concurrent writers added 1, 25 times each").isEqualTo("200");
        }
    }

    /**
     * Another instance writes between this updater's read and its write, on cue (inside the change, on its first
     * call): the write must notice (cas answers EXISTS) and apply the change again to the other writer's value.
     */
    @Test
    void aChangeMadeByAnotherWriterBetweenReadAndWriteIsKept(MemcachedServer memcached) throws Exception {
        String key = FreshNamespace.inside(memcached) + "stock";
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            CasUpdater updater = new CasUpdater(client.memcached());
            client.memcached().set(key, 60, "10").get();
            AtomicBoolean interrupted = new AtomicBoolean();

            String stored = updater.update(key, 60, value -> {
                if (interrupted.compareAndSet(false, true)) {
                    anotherWriter(() -> client.memcached().set(key, 60, "100").get());
                }
                return plusOne(value);
            });

            assertThat(client.memcached().get(key)).as("3.4 must lose no update: write with cas (only if unchanged since gets), and retry when it answers EXISTS;"
                    + " another writer set 100 between the read of 10 and the write, so the result must be 101").isEqualTo("101");
            assertThat(stored).as("3.4 must return what it stored").isEqualTo("101");
        }
    }

    /** The key is absent when read, and another instance creates it before this one does: add must fail, and the loop go round. */
    @Test
    void aValueCreatedByAnotherWriterMeanwhileIsKept(MemcachedServer memcached) throws Exception {
        String key = FreshNamespace.inside(memcached) + "stock";
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            CasUpdater updater = new CasUpdater(client.memcached());
            AtomicBoolean interrupted = new AtomicBoolean();

            String stored = updater.update(key, 60, value -> {
                if (interrupted.compareAndSet(false, true)) {
                    anotherWriter(() -> client.memcached().add(key, 60, "100").get());
                }
                return plusOne(value);
            });

            assertThat(client.memcached().get(key)).as("3.4 must lose no update: create an absent value with add (not set), and go round again when add fails;"
                    + " another writer created 100 meanwhile, so the result must be 101").isEqualTo("101");
            assertThat(stored).as("3.4 must return what it stored").isEqualTo("101");
        }
    }

    private static void anotherWriter(Callable<?> write) {
        try {
            write.call();
        } catch (Exception e) {
            throw new IllegalStateException("the other writer could not write", e);
        }
    }

    /** The writer's outcome; its own exception (its message names the exercise), not a wrapper. */
}

package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import workshop.support.servers.Servers;

/** What every adapter of the {@link Cache} port must do, whatever the store: the tests of exercise 4.1. */
interface CacheContract extends Store {

    @Test
    default void readsBackWhatItStored(Connection store) throws Exception {
        store.cache().put(store.keys().product(1), "{\"name\":\"Caf\u00e9 cr\u00e8me \u2615\"}", Duration.ofSeconds(60));

        assertThat(store.cache().get(store.keys().product(1))).as("4.1: get must read back what put stored (accents and emoji intact)")
                .contains("{\"name\":\"Caf\u00e9 cr\u00e8me \u2615\"}");
        assertThat(store.cache().get(store.keys().product(2))).as("4.1: get of a key never stored must be empty").isEmpty();
    }

    @Test
    default void putReplacesAndPutIfAbsentDoesNot(Connection store) throws Exception {
        String key = store.keys().product(1);

        assertThat(store.cache().putIfAbsent(key, "first", Duration.ofSeconds(60)))
                .as("4.1: putIfAbsent on an empty key must store and answer true").isTrue();
        assertThat(store.cache().putIfAbsent(key, "second", Duration.ofSeconds(60)))
                .as("4.1: putIfAbsent on a taken key must store nothing and answer false (Redis: SET NX answers nil; Memcached: add answers false)").isFalse();
        assertThat(store.cache().get(key)).as("4.1: the value after a putIfAbsent on a taken key").contains("first");

        store.cache().put(key, "third", Duration.ofSeconds(60));
        assertThat(store.cache().get(key)).as("4.1: put must replace the value").contains("third");
    }

    @Test
    default void deleteForgets(Connection store) throws Exception {
        String key = store.keys().product(1);
        store.cache().put(key, "value", Duration.ofSeconds(60));

        store.cache().delete(key);
        store.cache().delete(store.keys().product(2)); // never stored: nothing happens

        assertThat(store.cache().get(key)).as("4.1: get after delete must be empty").isEmpty();
    }

    @Test
    default void anEntryExpiresAfterItsTimeToLiveEvenUnderASecond(Connection store) throws Exception {
        String key = store.keys().product(1);
        store.cache().put(key, "short-lived", Duration.ofMillis(500));

        // The server expires it (Memcached in whole seconds, so anywhere within the next second or two; 0 would
        // have meant never): wait for that, at most a few seconds.
        await().alias("4.1 must store with the TTL, rounded up to whole seconds for Memcached (0 means never expires);"
                + " a 500 ms entry was still there after 5 s").atMost(Duration.ofSeconds(5)).until(() -> store.cache().get(key).isEmpty());
    }

    @Test
    default void aStoreThatIsDownSaysSoWithCacheUnavailable(Servers servers) throws Exception {
        try (Connection store = connectToDeadServer(servers)) {
            assertThat(Store.thrown(() -> store.cache().get("anything")))
                    .as("4.1 must turn the store's failure into CacheUnavailableException: get on a killed server").isInstanceOf(CacheUnavailableException.class);
            assertThat(Store.thrown(() -> store.cache().put("anything", "value", Duration.ofSeconds(60))))
                    .as("4.1 must turn the store's failure into CacheUnavailableException, and see it (Memcached's writes are"
                            + " asynchronous: wait for the Future): put on a killed server").isInstanceOf(CacheUnavailableException.class);
        }
    }
}

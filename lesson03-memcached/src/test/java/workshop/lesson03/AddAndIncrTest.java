package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;
import workshop.support.testing.AllAtOnce;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;

@RealServers
@DisplayName("Exercise 3.5: add and incr, atomic on the server")
class AddAndIncrTest {

    @Test
    void ofTenInstancesClaimingAtOnceExactlyOneWins(MemcachedServer memcached) throws Exception {
        String key = FreshNamespace.inside(memcached) + "nightly-report";
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            FirstWriterFlag flag = new FirstWriterFlag(client.memcached());
            assertThat(flag.owner(key)).as("3.5: owner(key) before any claim").isNull();

            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int instance = 0; instance < 10; instance++) {
                String owner = "instance-" + instance;
                claims.add(() -> flag.claim(key, owner, 60));
            }
            List<Boolean> won = AllAtOnce.call(claims);

            List<String> winners = new ArrayList<>();
            for (int instance = 0; instance < 10; instance++) {
                if (won.get(instance)) {
                    winners.add("instance-" + instance);
                }
            }
            assertThat(winners).as("3.5 must let exactly one of 10 concurrent claims win (add stores only if absent): the winners").hasSize(1);
            assertThat(flag.owner(key)).as("3.5: owner(key) must name the winner").isEqualTo(winners.get(0));
        }
    }

    @Test
    void countsHitsFromOneWithoutAnyoneInitialisingTheCounter(MemcachedServer memcached) throws Exception {
        String key = FreshNamespace.inside(memcached) + "hits";
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            HitCounter counter = new HitCounter(client.memcached());

            assertThat(counter.increment(key)).as("3.5 must count from 1 on a key nobody created (incr's default is stored as it is)").isEqualTo(1);

            AllAtOnce.run(4, () -> { // four visitors
                for (int hit = 0; hit < 50; hit++) {
                    counter.increment(key);
                }
            });

            assertThat(counter.increment(key)).as("3.5 must lose no hit: the count after 1 + 200 concurrent hits, plus this one").isEqualTo(202);
        }
    }

    /** What the server saw: a claim is one add; a read first ("is it free?") leaves a window for a second winner. */
    @Test
    void aClaimIsOneAtomicAddNeverAReadThenAWrite(Servers servers) throws Exception {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            FirstWriterFlag flag = new FirstWriterFlag(client.memcached());
            Map<String, Long> before = stats(client);

            boolean first = flag.claim("nightly-report", "instance-1", 60);
            boolean second = flag.claim("nightly-report", "instance-2", 60);

            Map<String, Long> after = stats(client);
            assertThat(List.of(first, second)).as("3.5: the first claim must win, the second lose").containsExactly(true, false);
            assertThat(after.get("cmd_get") - before.get("cmd_get")).as("3.5 must claim with one atomic add, never a get first"
                    + " (between a get and a set, another instance can claim too): gets the server saw for two claims").isZero();
        }
    }

    /** What the server saw: counting is incr on the server; a get then a set lets two instances count the same hit. */
    @Test
    void aHitIsCountedByTheServerNeverReadThenWritten(Servers servers) throws Exception {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            HitCounter counter = new HitCounter(client.memcached());
            Map<String, Long> before = stats(client);

            counter.increment("hits");
            counter.increment("hits");

            Map<String, Long> after = stats(client);
            assertThat(after.get("cmd_get") - before.get("cmd_get")).as("3.5 must count with incr (atomic, on the server), never a get"
                    + " then a set: gets the server saw for two hits").isZero();
            assertThat(client.memcached().get("hits")).as("3.5 must count from 1 (incr's default is stored as it is) and add 1 per"
                    + " hit: the count Memcached holds after two hits").isEqualTo("2");
        }
    }

    private static Map<String, Long> stats(ClosingMemcachedClient client) {
        Map<String, Long> numbers = new HashMap<>();
        client.memcached().getStats().values().iterator().next().forEach((name, value) -> {
            if (value.matches("\\d+")) {
                numbers.put(name, Long.parseLong(value));
            }
        });
        return numbers;
    }

    @Test
    void aClaimLastsItsTimeToLive(MemcachedServer memcached) throws Exception {
        String key = FreshNamespace.inside(memcached) + "nightly-report";
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            assertThat(new FirstWriterFlag(client.memcached()).claim(key, "instance-1", 60)).as("3.5: the first claim").isTrue();

            assertThat(memcached.secondsToLive(key)).as("3.5 must store the claim with its TTL (60 s here; 0 means never"
                    + " expires: an instance that crashed holding it would block everyone for good): the seconds Memcached"
                    + " gives the claim (-1: never expires; -2: not there)").isBetween(50L, 60L);
        }
    }
}

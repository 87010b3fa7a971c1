package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import workshop.lesson03.Fixtures.Client;
import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;

@RealServers
@DisplayName("Exercise 3.5: add and incr, atomic on the server")
class AddAndIncrTest {

    @Test
    void ofTenInstancesClaimingAtOnceExactlyOneWins(MemcachedServer memcached) throws Exception {
        String key = Fixtures.freshNamespace(memcached) + "nightly-report";
        try (Client client = Client.of(memcached)) {
            FirstWriterFlag flag = new FirstWriterFlag(client.memcached());
            assertThat(flag.owner(key)).as("before any claim").isNull();

            List<CompletableFuture<Boolean>> claims = new ArrayList<>();
            for (int instance = 0; instance < 10; instance++) {
                String owner = "instance-" + instance;
                claims.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return flag.claim(key, owner, 60);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }

            List<String> winners = new ArrayList<>();
            for (int instance = 0; instance < 10; instance++) {
                if (claims.get(instance).join()) {
                    winners.add("instance-" + instance);
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(flag.owner(key)).isEqualTo(winners.get(0));
        }
    }

    @Test
    void countsHitsFromOneWithoutAnyoneInitialisingTheCounter(MemcachedServer memcached) {
        String key = Fixtures.freshNamespace(memcached) + "hits";
        try (Client client = Client.of(memcached)) {
            HitCounter counter = new HitCounter(client.memcached());

            assertThat(counter.increment(key)).isEqualTo(1);

            List<CompletableFuture<Void>> visitors = new ArrayList<>();
            for (int visitor = 0; visitor < 4; visitor++) {
                visitors.add(CompletableFuture.runAsync(() -> {
                    for (int hit = 0; hit < 50; hit++) {
                        counter.increment(key);
                    }
                }));
            }
            visitors.forEach(CompletableFuture::join);

            assertThat(counter.increment(key)).isEqualTo(202);
        }
    }
}

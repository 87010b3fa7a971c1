package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** Two app instances, each with its own local copies and its own connection, told of changes through Redis. */
@RealServers
@DisplayName("Exercise 2.8: Pub/sub invalidation of local copies")
class LocalProductCopiesTest {

    @Test
    void aChangeAnnouncedByOneInstanceDropsTheCopyInTheOther(RedisServer redis) throws InterruptedException {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             LocalProductCopies instanceA = new LocalProductCopies(clientA, keys).start();
             LocalProductCopies instanceB = new LocalProductCopies(clientB, keys).start()) {
            instanceA.put(Fixtures.product(1));
            instanceB.put(Fixtures.product(1));

            instanceA.publishInvalidation(1);

            // Delivery is asynchronous: wait for it (a second at most on loopback), do not sleep a guess.
            await().alias("2.8 must make instance B drop its copy of product 1 when instance A publishes the change")
                    .atMost(Duration.ofSeconds(5)).until(() -> instanceB.get(1).isEmpty());
            await().alias("2.8 must make instance A, which published, drop its own copy too (it hears its own message)")
                    .atMost(Duration.ofSeconds(5)).until(() -> instanceA.get(1).isEmpty());
        }
    }

    @Test
    void onlyTheChangedProductIsDropped(RedisServer redis) throws InterruptedException {
        Keys keys = Fixtures.freshKeys(redis);
        try (RedisClient clientA = redis.newClient(); RedisClient clientB = redis.newClient();
             LocalProductCopies instanceA = new LocalProductCopies(clientA, keys).start();
             LocalProductCopies instanceB = new LocalProductCopies(clientB, keys).start()) {
            instanceB.put(Fixtures.product(1));
            instanceB.put(Fixtures.product(2));

            instanceA.publishInvalidation(1);
            await().alias("2.8 must make instance B drop its copy of product 1 when instance A publishes the change")
                    .atMost(Duration.ofSeconds(5)).until(() -> instanceB.get(1).isEmpty());

            assertThat(instanceB.get(2)).as("2.8 must drop only the changed product's copy: product 2, unchanged").contains(Fixtures.product(2));
        }
    }
}

package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.SocketAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.MemcachedClient;

import workshop.support.junit.RealServers;

/** Every Memcached capability a lesson relies on, each against a real server. */
@RealServers
class MemcachedServerIT {

    private static Map<String, String> settings(MemcachedClient client) {
        return client.getStats("settings").values().iterator().next();
    }

    @Test
    void answersOnLoopbackOnlyWithUdpOff(MemcachedServer memcached) {
        MemcachedClient client = memcached.newClient();
        try {
            String key = memcached.namespace() + "greeting";
            assertThat(client.set(key, 60, "hello")).succeedsWithin(Duration.ofSeconds(2));
            assertThat(client.get(key)).isEqualTo("hello");
            assertThat(client.delete(key)).succeedsWithin(Duration.ofSeconds(2));
            assumeTrue(memcached.isOwned(), "how a server of MEMCACHED_SERVERS listens is its owner's business");
            assertThat(settings(client)).containsEntry("udpport", "0");
            if (memcached.origin().startsWith("local")) {
                assertThat(settings(client)).containsEntry("inter", "127.0.0.1");
            }
        } finally {
            client.shutdown();
        }
    }

    @Test
    void tellsTheSecondsAnEntryHasLeftAsRedisTtlDoes(MemcachedServer memcached) {
        MemcachedClient client = memcached.newClient();
        try {
            String expiring = memcached.namespace() + "expiring";
            String forever = memcached.namespace() + "forever";
            assertThat(client.set(expiring, 600, "soon")).succeedsWithin(Duration.ofSeconds(2));
            assertThat(client.set(forever, 0, "never")).succeedsWithin(Duration.ofSeconds(2));

            assertThat(memcached.secondsToLive(expiring)).as("an entry set with a 600 s TTL").isBetween(590L, 600L);
            assertThat(memcached.secondsToLive(forever)).as("an entry set with expiry 0 (never)").isEqualTo(-1);
            assertThat(memcached.secondsToLive(memcached.namespace() + "absent")).as("a key never set").isEqualTo(-2);
            client.delete(expiring);
            client.delete(forever);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void severalNodesRunAtOnceOnTheirOwnPorts(Servers servers) {
        List<MemcachedServer> nodes = servers.memcachedNodes(3);

        assertThat(nodes).extracting(MemcachedServer::port).doesNotHaveDuplicates();
        MemcachedClient client = MemcachedServer.newClient(nodes, new ConnectionFactoryBuilder().setDaemon(true));
        try {
            // The client connects in the background; a write while a node is not connected yet goes to another node
            // (spymemcached's default failure mode redistributes), and the read, once it is, finds nothing.
            await().alias("the client is connected to all three nodes").atMost(Duration.ofSeconds(10))
                    .until(() -> client.getAvailableServers().size() == 3);
            for (int i = 0; i < 30; i++) {
                assertThat(client.set("key:" + i, 60, "value " + i)).succeedsWithin(Duration.ofSeconds(2));
            }
            Set<SocketAddress> used = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                assertThat(client.get("key:" + i)).isEqualTo("value " + i);
                used.add(client.getNodeLocator().getPrimary("key:" + i).getSocketAddress());
            }
            assertThat(used).hasSize(3);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aRestartForgetsEverything(Servers servers) {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());
        MemcachedClient before = memcached.newClient();
        try {
            assertThat(before.set("greeting", 60, "hello")).succeedsWithin(Duration.ofSeconds(2));
        } finally {
            before.shutdown();
        }

        memcached.restart();

        MemcachedClient after = memcached.newClient();
        try {
            assertThat(after.get("greeting")).isNull();
        } finally {
            after.shutdown();
        }
    }

    @Test
    void aKilledServerIsGoneUntilStartedAgain(Servers servers) {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());

        memcached.kill();
        assertThat(memcached.isRunning()).isFalse();
        assertThat(Probes.memcachedReady(memcached.address())).isFalse();

        memcached.start();
        assertThat(Probes.memcachedReady(memcached.address())).isTrue();
    }

    @Test
    void takesAMemoryLimit(Servers servers) {
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(8));
        MemcachedClient client = memcached.newClient();
        try {
            assertThat(settings(client)).containsEntry("maxbytes", String.valueOf(8 * 1024 * 1024));
        } finally {
            client.shutdown();
        }
    }
}

package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import net.spy.memcached.MemcachedClient;

import workshop.lesson03.Fixtures.Client;
import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;

/** Three real Memcached nodes; the client alone decides where each key lives. */
@RealServers
@DisplayName("Exercise 3.6: Consistent hashing over three nodes")
class DistributionTest {

    private static final List<String> KEYS = IntStream.range(0, 6_000).mapToObj(i -> "weather:city-" + i).toList();

    /** Which node the client puts each key on. */
    private static Map<String, SocketAddress> placement(MemcachedClient client) {
        Map<String, SocketAddress> placement = new HashMap<>();
        KEYS.forEach(key -> placement.put(key, client.getNodeLocator().getPrimary(key).getSocketAddress()));
        return placement;
    }

    @Test
    void spreadsKeysOverEveryNode(Servers servers) {
        MemcachedClient client = Distribution.ketamaClient(servers.memcachedNodes(3));
        try {
            Map<SocketAddress, Long> perNode = new HashMap<>();
            placement(client).values().forEach(node -> perNode.merge(node, 1L, Long::sum));

            assertThat(perNode).hasSize(3);
            assertThat(perNode.values()).allSatisfy(keys -> assertThat(keys).as("keys on one node, of 6,000").isBetween(1_200L, 2_800L));
        } finally {
            client.shutdown();
        }
    }

    @Test
    void storesEachKeyOnTheNodeItNames(Servers servers) throws Exception {
        List<MemcachedServer> nodes = servers.memcachedNodes(3);
        String namespace = Fixtures.freshNamespace(nodes.get(0));
        MemcachedClient ketama = Distribution.ketamaClient(nodes);
        try {
            // Until a node is connected, spymemcached's default failure mode quietly sends its keys to another node.
            await().atMost(Duration.ofSeconds(5)).until(() -> ketama.getAvailableServers().size() == 3);
            for (int i = 0; i < 30; i++) {
                ketama.set(namespace + "key-" + i, 60, "value " + i).get();
            }
            for (MemcachedServer node : nodes) {
                try (Client direct = Client.of(node)) {
                    for (int i = 0; i < 30; i++) {
                        String key = namespace + "key-" + i;
                        boolean placedHere = ketama.getNodeLocator().getPrimary(key).getSocketAddress()
                                .equals(new InetSocketAddress(node.host(), node.port()));
                        assertThat(direct.memcached().get(key) != null).as("%s on node %s", key, node.port()).isEqualTo(placedHere);
                    }
                }
            }
        } finally {
            ketama.shutdown();
        }
    }

    @Test
    void removingANodeMovesOnlyItsKeysAboutAThird(Servers servers) {
        List<MemcachedServer> nodes = servers.memcachedNodes(3);
        MemcachedClient three = Distribution.ketamaClient(nodes);
        MemcachedClient two = Distribution.ketamaClient(nodes.subList(0, 2));
        try {
            Map<String, SocketAddress> before = placement(three);
            Map<String, SocketAddress> after = placement(two);
            SocketAddress removed = three.getNodeLocator().getAll().stream()
                    .map(node -> node.getSocketAddress()).filter(node -> !after.containsValue(node)).findFirst().orElseThrow();

            long moved = KEYS.stream().filter(key -> !before.get(key).toString().equals(after.get(key).toString())).count();
            assertThat(KEYS).as("keys that were on a node that stayed").allSatisfy(key -> {
                if (!before.get(key).equals(removed)) {
                    assertThat(after.get(key).toString()).isEqualTo(before.get(key).toString());
                }
            });
            assertThat(moved / (double) KEYS.size()).as("share of keys that moved").isBetween(0.20, 0.46);
        } finally {
            three.shutdown();
            two.shutdown();
        }
    }

    @Test
    void moduloHashingMovesMostKeysWhenANodeIsRemoved() {
        long moved = KEYS.stream().filter(key -> Distribution.moduloNode(key, 3) != Distribution.moduloNode(key, 2)).count();

        assertThat(KEYS).allSatisfy(key -> assertThat(Distribution.moduloNode(key, 3)).isBetween(0, 2));
        assertThat(moved / (double) KEYS.size()).as("share of keys that moved").isGreaterThan(0.55);
    }
}

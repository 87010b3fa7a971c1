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

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;

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
        try (ClosingMemcachedClient closing = new ClosingMemcachedClient(Distribution.ketamaClient(servers.memcachedNodes(3)))) {
            MemcachedClient client = closing.memcached();
            Map<SocketAddress, Long> perNode = new HashMap<>();
            placement(client).values().forEach(node -> perNode.merge(node, 1L, Long::sum));

            assertThat(perNode).as("3.6 must spread keys over all three nodes: keys per node").hasSize(3);
            assertThat(perNode.values()).allSatisfy(keys -> assertThat(keys)
                    .as("3.6 must spread keys about evenly over three nodes: keys on one node, of 6,000").isBetween(1_200L, 2_800L));
        }
    }

    @Test
    void storesEachKeyOnTheNodeItNames(Servers servers) throws Exception {
        List<MemcachedServer> nodes = servers.memcachedNodes(3);
        String namespace = FreshNamespace.inside(nodes.get(0));
        try (ClosingMemcachedClient closingKetama = new ClosingMemcachedClient(Distribution.ketamaClient(nodes))) {
            MemcachedClient ketama = closingKetama.memcached();
            // Until a node is connected, spymemcached's default failure mode quietly sends its keys to another node.
            await().alias("3.6: the client must connect to all three nodes (it connected to fewer within 5 s)")
                    .atMost(Duration.ofSeconds(5)).until(() -> ketama.getAvailableServers().size() == 3);
            for (int i = 0; i < 30; i++) {
                ketama.set(namespace + "key-" + i, 60, "value " + i).get();
            }
            for (MemcachedServer node : nodes) {
                try (ClosingMemcachedClient direct = ClosingMemcachedClient.of(node)) {
                    for (int i = 0; i < 30; i++) {
                        String key = namespace + "key-" + i;
                        boolean placedHere = ketama.getNodeLocator().getPrimary(key).getSocketAddress()
                                .equals(new InetSocketAddress(node.host(), node.port()));
                        assertThat(direct.memcached().get(key) != null).as("3.6: is %s on node %s, as the client's locator says?", key, node.port()).isEqualTo(placedHere);
                    }
                }
            }
        }
    }

    @Test
    void removingANodeMovesOnlyItsKeysAboutAThird(Servers servers) {
        List<MemcachedServer> nodes = servers.memcachedNodes(3);
        try (ClosingMemcachedClient threeNodes = new ClosingMemcachedClient(Distribution.ketamaClient(nodes));
                ClosingMemcachedClient twoNodes = new ClosingMemcachedClient(Distribution.ketamaClient(nodes.subList(0, 2)))) {
            MemcachedClient three = threeNodes.memcached();
            MemcachedClient two = twoNodes.memcached();
            Map<String, SocketAddress> before = placement(three);
            Map<String, SocketAddress> after = placement(two);
            SocketAddress removed = three.getNodeLocator().getAll().stream()
                    .map(node -> node.getSocketAddress()).filter(node -> !after.containsValue(node)).findFirst().orElseThrow();

            long moved = KEYS.stream().filter(key -> !before.get(key).toString().equals(after.get(key).toString())).count();
            long strayed = KEYS.stream().filter(key -> !before.get(key).equals(removed))
                    .filter(key -> !after.get(key).toString().equals(before.get(key).toString())).count();
            assertThat(strayed).as("3.6 must move only the removed node's keys (consistent hashing: Ketama and Locator.CONSISTENT);"
                    + " keys that moved although their node stayed, of 6,000").isZero();
            assertThat(moved / (double) KEYS.size()).as("3.6: the share of keys that moved when one node of three left").isBetween(0.20, 0.46);
        }
    }

    @Test
    void moduloHashingMovesMostKeysWhenANodeIsRemoved() {
        long moved = KEYS.stream().filter(key -> Distribution.moduloNode(key, 3) != Distribution.moduloNode(key, 2)).count();

        assertThat(KEYS).allSatisfy(key -> assertThat(Distribution.moduloNode(key, 3))
                .as("3.6: moduloNode(%s, 3) must be a node from 0 to 2 (a hash can be negative: CRC32 is not)", key).isBetween(0, 2));
        assertThat(moved / (double) KEYS.size()).as("3.6: the share of keys modulo hashing moves from 3 nodes to 2").isGreaterThan(0.55);
    }

    @Test
    void moduloHashingNamesANodeForEveryKeyEvenTheOneWhoseHashHasNoAbsoluteValue() {
        // "polygenelubricants".hashCode() is Integer.MIN_VALUE, and Math.abs(Integer.MIN_VALUE) is Integer.MIN_VALUE still.
        String edge = "polygenelubricants";

        assertThat(Distribution.moduloNode(edge, 3)).as("3.6: moduloNode must be a node from 0 to 2 for every key, also for"
                + " %s, whose String.hashCode() is Integer.MIN_VALUE: Math.abs of it stays negative (Math.floorMod, or an"
                + " unsigned hash such as CRC32, never is)", edge).isBetween(0, 2);
    }
}

package workshop.support.servers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;

/**
 * A Redis Cluster of a few primaries on loopback, each a {@link RedisServer} the workshop started (so each dies
 * with the JVM like any other). The 16,384 hash slots are split evenly among the primaries; no replicas.
 *
 * <pre>{@code
 * RedisCluster cluster = servers.redisCluster(3);
 * try (RedisClusterClient client = cluster.newClient()) {
 *     client.set("product:42", "...");   // the client sends it to the primary that owns its slot
 * }
 * }</pre>
 */
public final class RedisCluster {

    /** Every key hashes to one of these slots: CRC16 of the key (or of its {hash tag}) modulo 16,384. */
    public static final int SLOTS = 16_384;

    private static final Logger log = LoggerFactory.getLogger(RedisCluster.class);

    private final List<RedisServer> primaries;

    RedisCluster(List<RedisServer> primaries) {
        this.primaries = List.copyOf(primaries);
    }

    public List<RedisServer> primaries() {
        return primaries;
    }

    /** A cluster client: it learns the slot map from any node and sends each command to the slot's owner. Close it. */
    public RedisClusterClient newClient() {
        Set<HostAndPort> nodes = new LinkedHashSet<>();
        primaries.forEach(node -> nodes.add(new HostAndPort(node.host(), node.port())));
        return RedisClusterClient.builder().nodes(nodes)
                // A node that is down fails a command within a second, instead of after the default retries.
                .maxAttempts(3)
                .maxTotalRetriesDuration(Duration.ofSeconds(1))
                .clientConfig(DefaultJedisClientConfig.builder().resp2().timeoutMillis(2_000)
                        .clientSetInfoConfig(ClientSetInfoConfig.DISABLED).build())
                .build();
    }

    /** The first and last slot the i-th primary owns. */
    static int[] slotRange(int primary, int count) {
        return new int[] {primary * SLOTS / count, (primary + 1) * SLOTS / count - 1};
    }

    /** Gives each primary its slots, introduces them to each other, and waits until every node says the cluster is ok. */
    void form() {
        long begin = System.nanoTime();
        List<RedisClient> clients = new ArrayList<>();
        try {
            primaries.forEach(node -> clients.add(node.newClient()));
            for (int i = 0; i < primaries.size(); i++) {
                int[] range = slotRange(i, primaries.size());
                String[] args = IntStream.rangeClosed(range[0], range[1]).mapToObj(Integer::toString).toArray(String[]::new);
                String[] command = new String[args.length + 1];
                command[0] = "ADDSLOTS";
                System.arraycopy(args, 0, command, 1, args.length);
                clients.get(i).sendCommand(Protocol.Command.CLUSTER, command);
            }
            RedisServer first = primaries.get(0);
            for (int i = 1; i < primaries.size(); i++) {
                clients.get(i).sendCommand(Protocol.Command.CLUSTER, "MEET", first.host(), Integer.toString(first.port()));
            }
            for (RedisClient client : clients) {
                Poll.until(Duration.ofSeconds(30), () -> isReady(clusterInfo(client)),
                        () -> "The Redis Cluster did not form:\n" + clusterInfo(client));
            }
            log.info("Formed a Redis Cluster of {} primaries on {} in {} ms", primaries.size(),
                    primaries.stream().map(node -> Integer.toString(node.port())).toList(), (System.nanoTime() - begin) / 1_000_000);
        } finally {
            clients.forEach(RedisClient::close);
        }
    }

    private boolean isReady(String info) {
        return info.contains("cluster_state:ok") && info.contains("cluster_slots_assigned:" + SLOTS)
                && info.contains("cluster_known_nodes:" + primaries.size());
    }

    private static String clusterInfo(RedisClient client) {
        Object reply = client.sendCommand(Protocol.Command.CLUSTER, "INFO");
        return reply instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(reply);
    }
}

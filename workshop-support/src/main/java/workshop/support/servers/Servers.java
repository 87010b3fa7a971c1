package workshop.support.servers;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import redis.clients.jedis.RedisClient;

/**
 * Where every test and demo gets its real Redis and Memcached, and who stops them: close it and every server
 * it started is gone.
 *
 * <p>A server is found in this order:
 * <ol>
 *   <li>the one the environment names ({@code REDIS_URL}, {@code MEMCACHED_SERVERS}), used as given and never flushed;</li>
 *   <li>a container, when Docker is reachable ({@code redis:7}, {@code memcached:1.6});</li>
 *   <li>{@code redis-server} / {@code memcached} from the PATH, on a free port of 127.0.0.1, in a temp directory;</li>
 *   <li>none: a {@link ServerUnavailableException} that says how to get one.</li>
 * </ol>
 * A server with a config of its own, a replica or a cluster is always one the workshop starts (2 or 3); several
 * Memcached nodes are the first ones {@code MEMCACHED_SERVERS} lists when it lists enough, else ones it starts.
 * Set {@code WORKSHOP_SERVERS=path} to skip Docker, or {@code WORKSHOP_SERVERS=docker} to skip the PATH.
 *
 * <pre>{@code
 * try (Servers servers = new Servers()) {
 *     RedisServer redis = servers.redis();
 *     try (RedisClient client = redis.newClient()) {
 *         client.set("greeting", "hello");
 *     }
 * }
 * }</pre>
 */
public final class Servers implements AutoCloseable {

    private final Environment environment;
    private final ServerLauncher launcher;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public Servers() {
        this(Environment.current());
    }

    Servers(Environment environment) {
        this.environment = environment;
        this.launcher = new ServerLauncher(environment);
    }

    /** The default Redis: {@code REDIS_URL} if set, else one the workshop starts. */
    public RedisServer redis() {
        Optional<String> url = environment.variable(ServerKind.REDIS.environmentVariable());
        if (url.isPresent()) {
            return track(RedisServer.external(url.get()));
        }
        return redis(RedisConfig.defaults());
    }

    /** A Redis the workshop starts, with these directives on top of its safe defaults. */
    public RedisServer redis(RedisConfig config) {
        return track(RedisServer.owned(launcher.start(new RedisRecipe(config)), config));
    }

    /** A new Redis that replicates {@code primary} (which must be one the workshop started). */
    public RedisServer redisReplicaOf(RedisServer primary) {
        ServerAddress peer = primary.addressForPeers();
        RedisConfig config = primary.config().with("replicaof", peer.host(), String.valueOf(peer.port()));
        Optional<String> password = primary.config().password();
        if (password.isPresent()) {
            config = config.with("masterauth", password.get());
        }
        RedisServer replica = redis(config);
        awaitReplicationLink(replica);
        return replica;
    }

    /** A replica answers before it has synced: hand it out only once its link to the primary is up. */
    private static void awaitReplicationLink(RedisServer replica) {
        try (RedisClient client = replica.newClient()) {
            Poll.until(Duration.ofSeconds(20), () -> client.info("replication").contains("master_link_status:up"),
                    () -> "The replica at " + replica.address() + " did not connect to its primary:\n" + client.info("replication"));
        }
    }

    /**
     * A Redis Cluster of {@code primaries} primaries (three at least, no replicas) on loopback, formed and ready.
     * Its nodes run from {@code redis-server} on the PATH, even where Docker runs: in containers, the nodes would
     * tell the client addresses this machine cannot always reach.
     */
    public RedisCluster redisCluster(int primaries) {
        if (primaries < 3) {
            throw new IllegalArgumentException("a Redis Cluster needs at least 3 primaries, was " + primaries);
        }
        if (!environment.mayUsePath() || environment.executable(ServerKind.REDIS.executable()).isEmpty()) {
            throw new OwnedServerRequiredException(ServerKind.REDIS, "a Redis Cluster runs from redis-server on the PATH "
                    + "(in containers, its nodes would announce addresses this machine may not reach)");
        }
        RedisConfig config = RedisConfig.defaults()
                .with("cluster-enabled", "yes")
                .with("cluster-config-file", "nodes.conf") // in the node's own directory
                .with("cluster-node-timeout", "2000");
        List<RedisServer> nodes = new ArrayList<>();
        for (int i = 0; i < primaries; i++) {
            nodes.add(track(RedisServer.owned(launcher.startClusterNode(new RedisRecipe(config)), config)));
        }
        RedisCluster cluster = new RedisCluster(nodes);
        cluster.form();
        return cluster;
    }

    /** The default Memcached: the first of {@code MEMCACHED_SERVERS} if set, else one the workshop starts. */
    public MemcachedServer memcached() {
        List<ServerAddress> external = externalMemcached();
        if (!external.isEmpty()) {
            return track(MemcachedServer.external(external.get(0), Namespace.unique()));
        }
        return memcached(MemcachedConfig.defaults());
    }

    /** A Memcached the workshop starts, e.g. with a small memory limit. */
    public MemcachedServer memcached(MemcachedConfig config) {
        return track(MemcachedServer.owned(launcher.start(new MemcachedRecipe(config)), config));
    }

    /**
     * Several Memcached nodes, for a client that spreads keys over them: the first {@code count} of
     * {@code MEMCACHED_SERVERS} when it lists that many, else new ones the workshop starts.
     */
    public List<MemcachedServer> memcachedNodes(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        List<ServerAddress> external = externalMemcached();
        List<MemcachedServer> nodes = new ArrayList<>();
        if (external.size() >= count) {
            String namespace = Namespace.unique();
            external.subList(0, count).forEach(address -> nodes.add(track(MemcachedServer.external(address, namespace))));
        } else {
            for (int i = 0; i < count; i++) {
                nodes.add(memcached(MemcachedConfig.defaults()));
            }
        }
        return List.copyOf(nodes);
    }

    private List<ServerAddress> externalMemcached() {
        return environment.variable(ServerKind.MEMCACHED.environmentVariable())
                .map(list -> Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).map(ServerAddress::parse).toList())
                .orElse(List.of());
    }

    /**
     * Why this JVM's servers do not come from Docker although an engine runs here (an image that cannot be pulled,
     * a container that would not start, ...); empty when Docker served, or when no engine is reachable at all.
     */
    public static Optional<String> whyDockerDidNotServe() {
        return Docker.knownProblem().filter(problem -> problem.cause() != DockerProblem.Cause.ENGINE_NOT_REACHABLE)
                .map(DockerProblem::explanation);
    }

    private synchronized <T extends AutoCloseable> T track(T server) {
        started.push(server);
        return server;
    }

    /** Stops every server this started (newest first) and deletes this run's keys from shared ones. */
    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Could not close every server", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        launcher.close();
        if (failure != null) {
            throw failure;
        }
    }
}

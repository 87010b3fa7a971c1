package workshop.support.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.Network;

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
 * A server with a config of its own, a replica or several nodes is always one the workshop starts (2 or 3).
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

    private static final Logger log = LoggerFactory.getLogger(Servers.class);
    private static final String CONTAINER_REDIS_CONF = "/data/redis.conf";

    private final Environment environment;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private Network network;

    public Servers() {
        this(Environment.current());
    }

    Servers(Environment environment) {
        this.environment = environment;
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
        return track(RedisServer.owned(startRedis(config, false), config));
    }

    /** A new Redis that replicates {@code primary} (which must be one the workshop started). */
    public RedisServer redisReplicaOf(RedisServer primary) {
        HostAndPort peer = primary.addressForPeers();
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
            nodes.add(track(RedisServer.owned(startRedis(config, true), config)));
        }
        RedisCluster cluster = new RedisCluster(nodes);
        cluster.form();
        return cluster;
    }

    /** The default Memcached: the first of {@code MEMCACHED_SERVERS} if set, else one the workshop starts. */
    public MemcachedServer memcached() {
        List<HostAndPort> external = externalMemcached();
        if (!external.isEmpty()) {
            return track(MemcachedServer.external(external.get(0), Namespace.unique()));
        }
        return memcached(MemcachedConfig.defaults());
    }

    /** A Memcached the workshop starts, e.g. with a small memory limit. */
    public MemcachedServer memcached(MemcachedConfig config) {
        return track(MemcachedServer.owned(startMemcached(config), config));
    }

    /**
     * Several Memcached nodes, for a client that spreads keys over them: the first {@code count} of
     * {@code MEMCACHED_SERVERS} when it lists that many, else new ones the workshop starts.
     */
    public List<MemcachedServer> memcachedNodes(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        List<HostAndPort> external = externalMemcached();
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

    private List<HostAndPort> externalMemcached() {
        return environment.variable(ServerKind.MEMCACHED.environmentVariable())
                .map(list -> Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).map(HostAndPort::parse).toList())
                .orElse(List.of());
    }

    /** @param clusterNode from the PATH only, on a port whose cluster bus port (+10,000) is valid and free */
    private ServerProcess startRedis(RedisConfig config, boolean clusterNode) {
        return start(ServerKind.REDIS, clusterNode, Probes::redisReady, address -> Probes.redisPid(address, config.password()),
                (directory, port, firstStart) -> {
                    Path file = directory.resolve("redis.conf");
                    // Written once: a restart reads it as the server left it, CONFIG REWRITE included.
                    if (firstStart) {
                        write(file, redisConf("127.0.0.1", port, directory.toString(), config));
                    }
                    return List.of("redis-server", file.toString());
                },
                List.of("redis-server", CONTAINER_REDIS_CONF),
                Map.of(CONTAINER_REDIS_CONF, redisConf("0.0.0.0", ServerKind.REDIS.containerPort(), "/data", config)));
    }

    /**
     * The workshop's safe defaults first (one interface, no persistence); the lesson's directives override them.
     * A real file in both backends, so that CONFIG REWRITE can save a setting for the next start.
     */
    private static String redisConf(String bind, int port, String directory, RedisConfig config) {
        RedisConfig full = new RedisConfig(List.of())
                .with("bind", bind)
                .with("port", String.valueOf(port))
                // In a container Redis listens on all of the container's interfaces; only the host's 127.0.0.1 reaches it.
                .with("protected-mode", bind.equals("127.0.0.1") ? "yes" : "no")
                .with("daemonize", "no")
                .with("dir", directory)
                .with("save", "")
                .with("appendonly", "no")
                // A replica's first sync starts at once, instead of after Redis's default 5 s wait for more replicas.
                .with("repl-diskless-sync-delay", "0")
                .with("logfile", "");
        List<RedisConfig.Directive> all = new ArrayList<>(full.directives());
        all.addAll(config.directives());
        return all.stream().map(RedisConfig.Directive::asConfigLine).collect(Collectors.joining("\n", "", "\n"));
    }

    private ServerProcess startMemcached(MemcachedConfig config) {
        return start(ServerKind.MEMCACHED, false, Probes::memcachedReady, Probes::memcachedPid,
                (directory, port, firstStart) -> {
                    List<String> command = new ArrayList<>(List.of("memcached", "-l", "127.0.0.1", "-p", String.valueOf(port),
                            "-U", "0", "-m", String.valueOf(config.memoryMegabytes())));
                    // memcached refuses to run as root unless told which user to be (CI machines run as root).
                    if ("root".equals(System.getProperty("user.name"))) {
                        command.addAll(List.of("-u", "root"));
                    }
                    command.addAll(config.extraArguments());
                    return command;
                },
                memcachedArguments(config), Map.of());
    }

    private static List<String> memcachedArguments(MemcachedConfig config) {
        List<String> arguments = new ArrayList<>(List.of("memcached", "-U", "0", "-m", String.valueOf(config.memoryMegabytes())));
        arguments.addAll(config.extraArguments());
        return arguments;
    }

    /** A server's command line when run from the PATH, in its own directory. */
    private interface LocalCommand {
        List<String> forPort(Path directory, int port, boolean firstStart);
    }

    private ServerProcess start(ServerKind kind, boolean clusterNode, Predicate<HostAndPort> ready, Function<HostAndPort, Optional<Long>> pidAt,
                                LocalCommand localCommand,
                                List<String> containerCommand, Map<String, String> containerFiles) {
        long begin = System.nanoTime();
        Optional<Path> binary = environment.mayUsePath() ? environment.executable(kind.executable()) : Optional.empty();
        ServerProcess process = null;
        boolean docker = !clusterNode && environment.mayUseDocker(); // probes Docker once per JVM
        Optional<DockerProblem> dockerProblem = Docker.knownProblem();
        if (docker) {
            dockerProblem = DockerImages.problemWith(Docker.client(), kind.dockerImage());
            if (dockerProblem.isEmpty()) {
                ContainerProcess container = new ContainerProcess(kind, network(), containerCommand, containerFiles, ready);
                try {
                    container.start();
                    process = container;
                } catch (RuntimeException e) {
                    container.close();
                    if (binary.isEmpty()) {
                        throw e;
                    }
                    dockerProblem = Optional.of(DockerProblem.of(DockerProblem.Cause.CONTAINER_DID_NOT_START, kind.dockerImage(), e));
                }
            }
            if (process == null && binary.isPresent()) {
                // Remembered for the JVM: every later server (a replica too) comes from the same place, at once.
                Docker.giveUp(dockerProblem.orElseThrow());
                log.warn("{}\n     Using {} from the PATH instead, for every server of this JVM.",
                        dockerProblem.orElseThrow().explanation(), binary.get());
            }
        }
        if (process == null && binary.isPresent()) {
            Path directory = LocalProcess.newDirectory(kind);
            IntSupplier freePort = clusterNode ? FreePorts::nextForClusterNode : FreePorts::next;
            process = startOrClose(new LocalProcess(kind, directory, (port, firstStart) -> localCommand.forPort(directory, port, firstStart),
                    pidAt, freePort));
        }
        if (process == null) {
            if (environment.variable(kind.environmentVariable()).isPresent()) {
                throw new OwnedServerRequiredException(kind, "this needs a " + kind.displayName()
                        + " the workshop starts itself (to configure, stop or restart it), and "
                        + kind.environmentVariable() + " names one it must not touch");
            }
            throw new ServerUnavailableException(kind, dockerProblem);
        }
        log.info("Started {} on {} ({}) in {} ms", kind.displayName(), process.address(), process.origin(),
                (System.nanoTime() - begin) / 1_000_000);
        return process;
    }

    /** Starts it; if that fails, cleans up and throws. */
    private static ServerProcess startOrClose(ServerProcess process) {
        try {
            process.start();
            return process;
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    private synchronized Network network() {
        if (network == null) {
            // Labelled like its containers, so that whoever removes them after a crash removes it too.
            network = Network.builder().createNetworkCmdModifier(create -> create.withLabels(ContainerOwner.thisJvm().labels())).build();
        }
        return network;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
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
        if (network != null) {
            network.close();
            network = null;
        }
        if (failure != null) {
            throw failure;
        }
    }
}

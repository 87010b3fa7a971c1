package workshop.support.servers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * A server in a container of the local Docker engine, through Testcontainers. Its port is published on 127.0.0.1
 * only, and on a host port chosen here, so that it stays the same across a stop and a start (as a local
 * server's does); a port taken meanwhile by another process is retried with another one, as local servers do.
 * Its labels name this JVM as its owner ({@link ContainerOwner}): Ryuk, or without Ryuk this JVM's
 * {@link ContainerWatchdog}, removes it if this JVM dies without cleaning up, and any later workshop JVM
 * removes it if both failed.
 */
final class ContainerProcess implements ServerProcess {

    private static final Logger log = LoggerFactory.getLogger(ContainerProcess.class);
    /** From "create" to "answers a PING": a few seconds where the image is here (checked before, see {@link DockerImages}). */
    static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final int START_ATTEMPTS = 5;

    private final ServerKind kind;
    private final Network network;
    private final List<String> command;
    private final Map<String, String> files;
    private final String alias;
    private final Predicate<ServerAddress> ready;
    private final IntSupplier freePort;
    private GenericContainer<?> container;
    private int hostPort;

    /**
     * @param files text files to place in the container before it starts (path → content), e.g. a redis.conf
     */
    ContainerProcess(ServerKind kind, Network network, List<String> command, Map<String, String> files,
                     Predicate<ServerAddress> ready) {
        this(kind, network, command, files, ready, FreePorts::next);
    }

    /** @param freePort where the container's host port comes from, on each attempt */
    ContainerProcess(ServerKind kind, Network network, List<String> command, Map<String, String> files,
                     Predicate<ServerAddress> ready, IntSupplier freePort) {
        this.kind = kind;
        this.network = network;
        this.command = List.copyOf(command);
        this.files = Map.copyOf(files);
        this.ready = ready;
        this.freePort = freePort;
        this.alias = kind.executable() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private GenericContainer<?> newContainer(int port) {
        int containerPort = kind.containerPort();
        GenericContainer<?> created = new GenericContainer<>(DockerImageName.parse(kind.dockerImage()))
                .withNetwork(network)
                .withNetworkAliases(alias)
                .withExposedPorts(containerPort)
                .withCommand(command.toArray(String[]::new))
                .withLabels(ContainerOwner.thisJvm().labels())
                // Readiness is our own probe on the published port (below): Testcontainers' default check would
                // run a shell in the container first, which costs seconds on a busy machine.
                .waitingFor(new AbstractWaitStrategy() {
                    @Override
                    protected void waitUntilReady() {
                    }
                })
                .withCreateContainerCmdModifier(create -> create.getHostConfig().withPortBindings(
                        new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", port), new ExposedPort(containerPort))));
        // Placed in /data, which the redis image's entrypoint hands to the redis user before it starts the server:
        // CONFIG REWRITE (a new file renamed over the old one) then works as it does locally.
        files.forEach((path, content) -> created.withCopyToContainer(Transferable.of(content), path));
        return created;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        if (container == null) {
            create();
        } else {
            container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
        }
        Poll.until(START_TIMEOUT, () -> ready.test(address()),
                () -> kind.displayName() + " in Docker did not answer within " + START_TIMEOUT.toSeconds() + " s. Its log:\n"
                        + container.getLogs());
    }

    /** Creates and starts the container, within {@link #START_TIMEOUT}, on another host port if the chosen one was taken. */
    private void create() {
        if (Docker.ryukDisabled()) {
            try {
                ContainerWatchdog.ensureStarted();
            } catch (RuntimeException noWatchdog) {
                // Not fatal: the next workshop JVM still removes this one's containers once it is gone.
                log.warn("Without Ryuk and without a watchdog ({}), a killed JVM's containers stay until the next workshop "
                        + "JVM uses Docker, or until the clean-up command", DockerProblem.describe(noWatchdog));
            }
        }
        for (int attempt = 1; ; attempt++) {
            hostPort = freePort.getAsInt();
            container = newContainer(hostPort);
            ServersOfThisJvm.register(this); // so that a normal exit removes it, even half-started
            try {
                GenericContainer<?> starting = container;
                Docker.withinTime(START_TIMEOUT, "starting " + kind.dockerImage(), () -> {
                    starting.start();
                    return null;
                });
                return;
            } catch (Exception e) {
                container.stop();
                if (attempt == START_ATTEMPTS || !portTaken(e)) {
                    throw new IllegalStateException(kind.displayName() + " in Docker did not start: " + DockerProblem.describe(e), e);
                }
                log.info("Port {} of 127.0.0.1 was taken before Docker could bind it: {} tries another", hostPort, kind.displayName());
            }
        }
    }

    /** The engine's words when the host port was taken between our check and its bind. */
    private static boolean portTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("port is already allocated") || message.contains("address already in use")) {
                return true;
            }
        }
        return false;
    }

    /** {@code docker stop}: SIGTERM, then the container stays, with its files, ready for {@link #start()}. */
    @Override
    public synchronized void stop() {
        if (isRunning()) {
            container.getDockerClient().stopContainerCmd(container.getContainerId()).withTimeout(10).exec();
        }
    }

    /** {@code docker kill}: SIGKILL. */
    @Override
    public synchronized void kill() {
        if (isRunning()) {
            container.getDockerClient().killContainerCmd(container.getContainerId()).exec();
        }
    }

    /** Asks Docker, since the server may have stopped on its own (SHUTDOWN, a crash). */
    @Override
    public synchronized boolean isRunning() {
        String id = container == null ? null : container.getContainerId();
        if (id == null) {
            return false;
        }
        Boolean running = container.getDockerClient().inspectContainerCmd(id).exec().getState().getRunning();
        return Boolean.TRUE.equals(running);
    }

    /** The container's id, once created. */
    synchronized String containerId() {
        return container == null ? null : container.getContainerId();
    }

    @Override
    public ServerAddress address() {
        return new ServerAddress("127.0.0.1", hostPort);
    }

    @Override
    public ServerAddress addressForPeers() {
        return new ServerAddress(alias, kind.containerPort());
    }

    @Override
    public String origin() {
        return "Docker " + kind.dockerImage();
    }

    /** Removes the container and its files. */
    @Override
    public synchronized void close() {
        ServersOfThisJvm.unregister(this);
        if (container != null) {
            container.stop();
        }
    }
}

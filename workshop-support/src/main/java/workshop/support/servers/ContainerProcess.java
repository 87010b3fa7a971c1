package workshop.support.servers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * A server in a container of the local Docker engine, through Testcontainers. Its port is published on 127.0.0.1
 * only, and on a host port chosen here, so that it stays the same across a stop and a start (as a local
 * server's does). Testcontainers' Ryuk container removes it if this JVM dies without cleaning up.
 */
final class ContainerProcess implements ServerProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final ServerKind kind;
    private final GenericContainer<?> container;
    private final String alias;
    private final Predicate<HostAndPort> ready;
    private final int hostPort;

    /**
     * @param files text files to place in the container before it starts (path → content), e.g. a redis.conf
     */
    ContainerProcess(ServerKind kind, Network network, List<String> command, Map<String, String> files,
                     Predicate<HostAndPort> ready) {
        this.kind = kind;
        this.ready = ready;
        this.alias = kind.executable() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.hostPort = FreePorts.next();
        int containerPort = kind.containerPort();
        this.container = new GenericContainer<>(DockerImageName.parse(kind.dockerImage()))
                .withNetwork(network)
                .withNetworkAliases(alias)
                .withExposedPorts(containerPort)
                .withCommand(command.toArray(String[]::new))
                .withCreateContainerCmdModifier(create -> create.getHostConfig().withPortBindings(
                        new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", hostPort), new ExposedPort(containerPort))));
        // Placed in /data, which the redis image's entrypoint hands to the redis user before it starts the server:
        // CONFIG REWRITE (a new file renamed over the old one) then works as it does locally.
        files.forEach((path, content) -> container.withCopyToContainer(Transferable.of(content), path));
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        if (container.getContainerId() == null) {
            container.start();
            Processes.register(this); // Ryuk removes containers of a dead JVM, unless it is disabled: then we do
        } else {
            container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
        }
        Poll.until(READY_TIMEOUT, () -> ready.test(address()),
                () -> kind.displayName() + " in Docker did not become ready. Its log:\n" + container.getLogs());
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
        String id = container.getContainerId();
        if (id == null) {
            return false;
        }
        Boolean running = container.getDockerClient().inspectContainerCmd(id).exec().getState().getRunning();
        return Boolean.TRUE.equals(running);
    }

    @Override
    public HostAndPort address() {
        return new HostAndPort("127.0.0.1", hostPort);
    }

    @Override
    public HostAndPort addressForPeers() {
        return new HostAndPort(alias, kind.containerPort());
    }

    @Override
    public String origin() {
        return "Docker " + kind.dockerImage();
    }

    /** Removes the container and its files. */
    @Override
    public synchronized void close() {
        Processes.unregister(this);
        container.stop();
    }
}

package workshop.support.servers;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.Network;

/**
 * Starts a server the workshop owns, from the first place that can serve: a container where Docker can (its
 * failure is remembered for the JVM, so every later server comes from the PATH at once), else the binary on the
 * PATH, else an exception that says how to get one. Its containers share one Docker network, so that a replica
 * reaches its primary; closing the launcher removes the network.
 */
final class ServerLauncher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerLauncher.class);

    private final Environment environment;
    private Network network;

    ServerLauncher(Environment environment) {
        this.environment = environment;
    }

    /** A server on any free port, in a container where Docker serves. */
    ServerProcess start(ServerRecipe recipe) {
        return start(recipe, false);
    }

    /**
     * A Redis Cluster node: from the PATH only (in containers, its nodes would announce addresses this machine may
     * not reach), on a port whose cluster bus port (+10,000) is valid and free.
     */
    ServerProcess startClusterNode(ServerRecipe recipe) {
        return start(recipe, true);
    }

    private ServerProcess start(ServerRecipe recipe, boolean clusterNode) {
        ServerKind kind = recipe.kind();
        long begin = System.nanoTime();
        Optional<Path> binary = environment.mayUsePath() ? environment.executable(kind.executable()) : Optional.empty();
        ServerProcess process = null;
        boolean docker = !clusterNode && environment.mayUseDocker(); // probes Docker once per JVM
        Optional<DockerProblem> dockerProblem = Docker.knownProblem();
        if (docker) {
            dockerProblem = DockerImages.problemWith(Docker.client(), kind.dockerImage());
            if (dockerProblem.isEmpty()) {
                ContainerProcess container = new ContainerProcess(kind, network(), recipe.containerCommand(),
                        recipe.containerFiles(), recipe::isReady);
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
            IntSupplier freePort = clusterNode ? FreePorts::nextForClusterNode : FreePorts::next;
            process = startOrClose(new LocalProcess(kind, WorkDirectory.create(kind), recipe.localCommand(), recipe::pidAt, freePort));
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
            network = newNetwork();
        }
        return network;
    }

    /** Labelled like its containers, so that whoever removes them after a crash removes it too. */
    static Network newNetwork() {
        return Network.builder().createNetworkCmdModifier(create -> create.withLabels(ContainerOwner.thisJvm().labels())).build();
    }

    /** Removes the containers' network; the servers themselves are their owners' to close, before this. */
    @Override
    public synchronized void close() {
        if (network != null) {
            network.close();
            network = null;
        }
    }
}

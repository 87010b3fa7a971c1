package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Network;

/**
 * A container's host port is chosen by the workshop (so that it stays the same across a stop and a start), and
 * another process may take it before Docker binds it. The start must then try another port, as a local
 * server's start does, instead of failing the learner's test.
 */
class ContainerPortClashIT {

    @Test
    void aContainerWhoseChosenPortIsTakenStartsOnAnotherOne() throws Exception {
        assumeTrue(!Environment.current().variable(Environment.SERVERS_VARIABLE).orElse("auto").equals("path"),
                "WORKSHOP_SERVERS=path: this run uses no Docker");
        Optional<DockerProblem> problem = Docker.problem()
                .or(() -> DockerImages.problemWith(Docker.client(), ServerKind.MEMCACHED.dockerImage()));
        assumeTrue(problem.isEmpty(), () -> "Docker cannot serve containers here: " + problem.map(DockerProblem::what).orElse(""));

        MemcachedRecipe memcached = new MemcachedRecipe(MemcachedConfig.defaults());
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Network network = ServerLauncher.newNetwork()) {
            int taken = squatter.getLocalPort();
            List<Integer> offered = new ArrayList<>();
            // The first port offered is the squatter's, as if it had taken the port between our check and Docker's bind.
            IntSupplier ports = () -> {
                int port = offered.isEmpty() ? taken : FreePorts.next();
                offered.add(port);
                return port;
            };
            ContainerProcess container = new ContainerProcess(ServerKind.MEMCACHED, network, memcached.containerCommand(),
                    memcached.containerFiles(), memcached::isReady, ports);
            try {
                container.start();

                assertThat(offered).as("the host ports the start tried: the taken one, then one more").hasSize(2).startsWith(taken);
                assertThat(container.address().port()).as("the container's host port: the second one, not the squatter's")
                        .isEqualTo(offered.get(1));
                assertThat(Probes.memcachedReady(container.address())).as("Memcached in the container answers on that port").isTrue();
            } finally {
                container.close();
            }
        }
    }
}

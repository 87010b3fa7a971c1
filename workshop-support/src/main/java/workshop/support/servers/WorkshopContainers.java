package workshop.support.servers;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/**
 * Every container and network the workshop started in Docker, found by their {@link ContainerOwner} labels,
 * and the way to remove them: those of one owner (its watchdog), those whose owner is gone (every workshop JVM,
 * when it first uses Docker), or all (the clean-up command). A container goes with its anonymous volumes
 * ({@code /data} of the redis image); the workshop creates no named volumes.
 *
 * <p>The clean-up command, for whatever the workshop ever left behind (it also stops the servers of workshop
 * JVMs still running): {@code ./mvnw -q -pl workshop-support compile exec:java@clean-up-docker}
 */
public final class WorkshopContainers {

    private WorkshopContainers() {
    }

    /** Removes the containers and networks of workshop JVMs of this machine that are gone; returns how many containers. */
    static int removeOrphans(DockerClient client) {
        return remove(client, ContainerOwner::isGoneFromThisMachine);
    }

    static int removeOwnedBy(DockerClient client, ContainerOwner owner) {
        return remove(client, owner::equals);
    }

    static int removeAll(DockerClient client) {
        return remove(client, owner -> true);
    }

    private static int remove(DockerClient client, Predicate<ContainerOwner> whose) {
        List<Container> containers = client.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(ContainerOwner.WORKSHOP_LABEL)).exec();
        int removed = 0;
        for (Container container : containers) {
            if (ownedBy(ContainerOwner.fromLabels(container.getLabels()), whose)) {
                try {
                    client.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
                    removed++;
                } catch (NotFoundException alreadyGone) {
                    // removed meanwhile by its own JVM, Ryuk or another clean-up
                }
            }
        }
        List<Network> networks = client.listNetworksCmd().withFilter("label", List.of(ContainerOwner.WORKSHOP_LABEL)).exec();
        for (Network network : networks) {
            if (ownedBy(ContainerOwner.fromLabels(network.getLabels()), whose)) {
                try {
                    client.removeNetworkCmd(network.getId()).exec();
                } catch (NotFoundException alreadyGone) {
                    // as above
                }
            }
        }
        return removed;
    }

    private static boolean ownedBy(Optional<ContainerOwner> owner, Predicate<ContainerOwner> whose) {
        return owner.map(whose::test).orElse(false);
    }

    /** The clean-up command: removes every container and network the workshop ever started on this engine. */
    public static void main(String[] args) {
        DockerClient client = DockerClientProviderStrategy.getClientForConfig(DockerClientFactory.instance().getTransportConfig());
        int removed = removeAll(client);
        System.out.println("Removed " + removed + " workshop container(s), with their volumes and networks.");
    }
}

package workshop.support.servers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.dockerjava.api.DockerClient;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/**
 * For instructors, the day before, on the venue's network: pulls every image the workshop needs (Ryuk's
 * included), so that no learner's first test waits on a download, and says how much disk they take.
 * {@code ./mvnw -q -pl workshop-support compile exec:java@pull-images}
 */
public final class PullImages {

    /** A slow venue network may pause for a while; a pull that has not moved for this long has failed. */
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    private PullImages() {
    }

    static List<String> images() {
        List<String> images = new ArrayList<>();
        for (ServerKind kind : ServerKind.values()) {
            images.add(kind.dockerImage());
        }
        images.add(Docker.ryukImage());
        return images;
    }

    public static void main(String[] args) {
        DockerClient client = DockerClientProviderStrategy.getClientForConfig(DockerClientFactory.instance().getTransportConfig());
        long total = 0;
        boolean allThere = true;
        for (String image : images()) {
            boolean wasHere = DockerImages.isHere(client, image);
            Optional<DockerProblem> problem = DockerImages.ensure(client, image, STALL_LIMIT);
            if (problem.isPresent()) {
                allThere = false;
                System.out.println("FAILED " + image + ": " + problem.get().detail());
                continue;
            }
            long size = DockerImages.size(client, image);
            total += size;
            System.out.printf(Locale.ROOT, "OK  %-32s %6.1f MB%s%n", image, size / 1e6, wasHere ? " (was already here)" : " (pulled)");
        }
        System.out.printf(Locale.ROOT, "%s: %.1f MB on disk in all.%n", allThere ? "Ready" : "Incomplete", total / 1e6);
        if (!allThere) {
            System.exit(1);
        }
    }
}

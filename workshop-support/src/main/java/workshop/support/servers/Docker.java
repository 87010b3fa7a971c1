package workshop.support.servers;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.dockerjava.api.DockerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;

/**
 * Whether the local Docker engine can serve the workshop's containers: asked once per JVM, within seconds, and
 * the answer (with its cause when it is no) kept for the whole JVM, so that no later test class pays for it again.
 *
 * <p>The probe, each step with a time limit: find the engine; remove the containers of workshop JVMs that are
 * gone ({@link WorkshopContainers}); then, unless {@code TESTCONTAINERS_RYUK_DISABLED=true}, make sure Ryuk's
 * image is here (Testcontainers would otherwise retry its pull for minutes) and let Testcontainers start Ryuk.
 * Without Ryuk, a {@link ContainerWatchdog} removes this JVM's containers when it dies.
 */
final class Docker {

    private static final Logger log = LoggerFactory.getLogger(Docker.class);
    /**
     * About 1 s on an idle laptop, mostly loading classes; 11 s, and once over 20 s, on a 2-core machine with a
     * load of 25 to 30. Testcontainers bounds each ping itself; this bounds the rest (a paused VM, a stuck socket).
     */
    static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RYUK_TIMEOUT = Duration.ofSeconds(20);
    static final String RYUK_IMAGE = "testcontainers/ryuk:0.14.0";

    private static Optional<DockerProblem> problem;
    private static DockerClient client;
    private static TransportConfig transport;

    private Docker() {
    }

    static synchronized boolean isAvailable() {
        return problem().isEmpty();
    }

    /** Why Docker cannot serve here, probing once if nobody asked yet; empty when it can. */
    static synchronized Optional<DockerProblem> problem() {
        if (problem == null) {
            long begin = System.nanoTime();
            problem = probe();
            problem.ifPresentOrElse(
                    found -> {
                        if (found.cause() == DockerProblem.Cause.ENGINE_NOT_REACHABLE) {
                            log.info("No Docker here (asked for {} ms): {}", millisSince(begin), found.detail());
                        } else {
                            log.warn("Docker cannot serve the workshop here (found in {} ms): {}", millisSince(begin), found.explanation());
                        }
                    },
                    () -> log.info("Docker engine at {} ready for the workshop in {} ms", transport.getDockerHost(), millisSince(begin)));
        }
        return problem;
    }

    /** The problem found so far, without probing: for messages on machines where Docker was never asked. */
    static synchronized Optional<DockerProblem> knownProblem() {
        return problem == null ? Optional.empty() : problem;
    }

    /**
     * Remembers for the rest of this JVM that Docker could not serve (a container that did not start, where a
     * binary took over): every later server then comes from the same place.
     */
    static synchronized void giveUp(DockerProblem reason) {
        problem = Optional.of(reason);
    }

    /** A client of the engine that needs no Ryuk: for images, the watchdog and the clean-up. Only after a probe. */
    static synchronized DockerClient client() {
        if (client == null) {
            throw new IllegalStateException("Docker was not probed, or cannot serve: " + problem);
        }
        return client;
    }

    static synchronized TransportConfig transport() {
        client();
        return transport;
    }

    /**
     * The image of Testcontainers' Ryuk, as this version of Testcontainers starts it (its RyukContainer; kept equal
     * by a test), after the image name substitution a company's registry mirror may configure.
     */
    static String ryukImage() {
        return ImageNameSubstitutor.instance().apply(DockerImageName.parse(RYUK_IMAGE)).asCanonicalNameString();
    }

    static boolean ryukDisabled() {
        return Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED"));
    }

    private static Optional<DockerProblem> probe() {
        try {
            // Testcontainers' own discovery (DOCKER_HOST, contexts, Docker Desktop's and Colima's sockets); no Ryuk yet.
            transport = withinTime(ENGINE_TIMEOUT, "finding a Docker engine", () -> DockerClientFactory.instance().getTransportConfig());
            client = DockerClientProviderStrategy.getClientForConfig(transport);
            withinTime(ENGINE_TIMEOUT, "asking the engine for its version", () -> client.versionCmd().exec());
        } catch (Exception | LinkageError noEngine) {
            client = null;
            return Optional.of(DockerProblem.of(DockerProblem.Cause.ENGINE_NOT_REACHABLE, "", noEngine));
        }
        try {
            withinTime(ENGINE_TIMEOUT, "removing the containers of workshop JVMs that are gone",
                    () -> WorkshopContainers.removeOrphans(client));
        } catch (Exception notFatal) {
            log.warn("Could not remove the containers of workshop JVMs that are gone: {}", DockerProblem.describe(notFatal));
        }
        if (ryukDisabled()) {
            return Optional.empty();
        }
        String ryuk = ryukImage();
        Optional<DockerProblem> noRyuk = DockerImages.problemWith(client, ryuk)
                .map(missing -> new DockerProblem(DockerProblem.Cause.RYUK_NOT_PULLABLE, ryuk, missing.detail()));
        if (noRyuk.isPresent()) {
            return noRyuk;
        }
        try {
            withinTime(RYUK_TIMEOUT, "starting Ryuk", () -> DockerClientFactory.instance().client());
            return Optional.empty();
        } catch (Exception | LinkageError ryukFailed) {
            return Optional.of(DockerProblem.of(DockerProblem.Cause.RYUK_DID_NOT_START, ryuk, ryukFailed));
        }
    }

    /**
     * Runs {@code work} on a thread of its own and waits at most {@code limit}: Docker calls can hang (a paused
     * VM, a proxy that swallows packets), and a learner must hear about it in seconds, not minutes.
     */
    static <T> T withinTime(Duration limit, String what, Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "workshop-docker: " + what);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            task.cancel(true);
            throw new TimeoutException(what + " took longer than " + limit.toSeconds() + " s");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw failed;
        }
    }

    private static long millisSince(long begin) {
        return (System.nanoTime() - begin) / 1_000_000;
    }
}

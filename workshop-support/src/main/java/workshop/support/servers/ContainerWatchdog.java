package workshop.support.servers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.github.dockerjava.api.DockerClient;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/**
 * Removes this JVM's containers when it dies, where Ryuk does not run ({@code TESTCONTAINERS_RYUK_DISABLED=true},
 * e.g. because its image cannot be pulled): a small JVM of its own, started with the first container, that
 * holds the read end of a pipe whose write end only this JVM holds. However this JVM ends (SIGKILL, an IDE's
 * stop button, an out-of-memory kill), the kernel closes the pipe, the watchdog reads end-of-file and removes
 * every container and network labelled with this JVM as owner, then exits. (A normal exit closes the
 * containers first; the watchdog then finds nothing.) {@link LocalProcess} ties local servers to the JVM the
 * same way.
 */
final class ContainerWatchdog {

    private static Process watchdog;
    private static RuntimeException failure;

    private ContainerWatchdog() {
    }

    /** Starts this JVM's watchdog, once; waits until it is connected to the engine, so that it is ready for a kill. */
    static synchronized void ensureStarted() {
        if (watchdog != null && watchdog.isAlive()) {
            return;
        }
        if (failure != null) {
            throw failure; // tried once for this JVM: no start pays for it twice
        }
        try {
            start();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    private static void start() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ContainerOwner owner = ContainerOwner.thisJvm();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classPath(), ContainerWatchdog.class.getName(),
                owner.machine(), String.valueOf(owner.pid()), String.valueOf(owner.started())))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DOCKER_HOST", Docker.transport().getDockerHost().toString());
        try {
            watchdog = builder.start();
            // One byte once it has its own client of the engine: from then on a kill of this JVM is covered.
            Process started = watchdog;
            int ready = Docker.withinTime(Docker.ENGINE_TIMEOUT, "starting the container watchdog", () -> started.getInputStream().read());
            if (ready != 'R') {
                throw new IllegalStateException("the container watchdog did not start (exit " + watchdog.waitFor() + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the container watchdog", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the container watchdog", e);
        } catch (Exception e) {
            watchdog.destroyForcibly();
            throw new IllegalStateException("The container watchdog did not start: " + DockerProblem.describe(e), e);
        }
    }

    /** This JVM's class path as a command line wants it, also under a launcher with a class loader of its own (exec:java). */
    private static String classPath() {
        if (ContainerWatchdog.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            return Arrays.stream(loader.getURLs()).map(ContainerWatchdog::toPath).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return url.getPath();
        }
    }

    /** The watchdog: args are the owner's machine, pid and start time. */
    public static void main(String[] args) throws IOException {
        ContainerOwner owner = new ContainerOwner(args[0], Long.parseLong(args[1]), Long.parseLong(args[2]));
        DockerClient client = DockerClientProviderStrategy.getClientForConfig(DockerClientFactory.instance().getTransportConfig());
        System.out.write('R');
        System.out.flush();
        InputStream pipe = System.in;
        while (pipe.read() != -1) {
            // nothing is ever written: only the end of the stream matters
        }
        WorkshopContainers.removeOwnedBy(client, owner);
    }
}

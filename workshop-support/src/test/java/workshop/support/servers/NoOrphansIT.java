package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A JVM killed with SIGKILL runs no shutdown hooks, yet the servers it started must not outlive it: an orphan
 * would hold its port and memory on a learner's machine until they found and killed it by hand.
 */
class NoOrphansIT {

    @Test
    void serversAndTheirFilesGoWithAJvmKilledBySigkill() throws Exception {
        // Local processes are what this proves; containers are Testcontainers' Ryuk's job.
        Process jvm = ChildJvm.start(HoldServersMain.class, environment -> environment.put("WORKSHOP_SERVERS", "path"));
        try {
            var output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            List<Long> pids = CompletableFuture.supplyAsync(() -> valuesOf("PIDS ", output)).get(60, TimeUnit.SECONDS)
                    .stream().map(Long::valueOf).toList();
            List<Path> directories = CompletableFuture.supplyAsync(() -> valuesOf("DIRS ", output)).get(10, TimeUnit.SECONDS)
                    .stream().map(Path::of).toList();
            assertThat(pids).hasSize(2).allSatisfy(pid -> assertThat(alive(pid)).as("server %d before the kill", pid).isTrue());
            assertThat(directories).hasSize(2).allSatisfy(directory -> assertThat(directory).isDirectory());

            jvm.destroyForcibly(); // SIGKILL on Linux and macOS
            jvm.waitFor();

            await("redis-server and memcached to follow their JVM").atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(pids).noneMatch(NoOrphansIT::alive));
            await("their temporary directories to be deleted").atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(directories).noneMatch(Files::exists));
        } finally {
            jvm.destroyForcibly();
        }
    }

    /** The values of the child's first output line that starts with this prefix. */
    private static List<String> valuesOf(String prefix, BufferedReader output) {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(prefix)) {
                    return Arrays.asList(line.substring(prefix.length()).split(" "));
                }
            }
            throw new AssertionError("the child JVM ended without printing " + prefix.trim());
        } catch (java.io.IOException e) {
            throw new AssertionError("could not read the child JVM's output", e);
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}

package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A JVM killed with SIGKILL runs no shutdown hooks, yet the servers it started must not outlive it: an orphan
 * would hold its port and memory on a learner's machine until they found and killed it by hand.
 */
class NoOrphansIT {

    @Test
    void serversDieWithAJvmKilledBySigkill() throws Exception {
        Process jvm = ChildJvm.start(HoldServersMain.class, environment -> environment.put("WORKSHOP_SERVERS", "path"));
        List<Long> pids;
        try (var output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String line = output.readLine();
            while (line != null && !line.startsWith("PIDS ")) {
                line = output.readLine();
            }
            assertThat(line).as("the child JVM's line with its servers' process ids").isNotNull();
            pids = Arrays.stream(line.substring("PIDS ".length()).split(" ")).map(Long::valueOf).toList();
        }
        assertThat(pids).hasSize(2).allSatisfy(pid -> assertThat(alive(pid)).as("server %d before the kill", pid).isTrue());

        jvm.destroyForcibly(); // SIGKILL on Linux and macOS
        jvm.waitFor();

        await("redis-server and memcached to follow their JVM").atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(pids).noneMatch(NoOrphansIT::alive));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}

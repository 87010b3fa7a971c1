package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * A JVM killed with SIGKILL runs no shutdown hooks, yet the servers it started must not outlive it: an orphan
 * would hold its port and memory on a learner's machine until they found and killed it by hand. Each kind of
 * server is proven where this machine has it, and skipped with the reason where it does not. The child always
 * starts servers of its own (REDIS_URL and MEMCACHED_SERVERS are not passed on): those are what can be orphaned.
 */
class NoOrphansIT {

    /** Ryuk notices a lost connection after 10 s (its default), the workshop's watchdog within a second or two. */
    private static final Duration CONTAINERS_GONE_WITHIN = Duration.ofSeconds(30);

    private final Environment environment = Environment.current();

    @Test
    void localServersAndTheirFilesGoWithAJvmKilledBySigkill() throws Exception {
        assumeTrue(environment.mayUsePath(), "WORKSHOP_SERVERS=docker: this run uses no binaries from the PATH");
        assumeTrue(environment.executable("redis-server").isPresent() && environment.executable("memcached").isPresent(),
                "redis-server or memcached is not on the PATH: no local servers to orphan here");

        try (ChildJvm jvm = ChildJvm.run(HoldServersMain.class, childEnvironment("path"))) {
            List<Long> pids = jvm.valuesOf("PIDS ", Duration.ofSeconds(60)).stream().map(Long::valueOf).toList();
            List<Path> directories = jvm.valuesOf("DIRS ", Duration.ofSeconds(10)).stream().map(Path::of).toList();
            assertThat(pids).as("the servers' process ids; the child said:%n%s", jvm.output()).hasSize(2)
                    .allSatisfy(pid -> assertThat(alive(pid)).as("server %d before the kill", pid).isTrue());
            assertThat(directories).hasSize(2).allSatisfy(directory -> assertThat(directory).isDirectory());

            jvm.kill();

            await("redis-server and memcached to follow their JVM").atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(pids).noneMatch(NoOrphansIT::alive));
            await("their temporary directories to be deleted").atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(directories).noneMatch(Files::exists));
        }
    }

    @Test
    void containersAndTheirVolumesGoWithAJvmKilledBySigkill() throws Exception {
        assumeTrue(!environment.variable(Environment.SERVERS_VARIABLE).orElse("auto").equals("path"),
                "WORKSHOP_SERVERS=path: this run uses no Docker");
        Optional<DockerProblem> problem = Docker.problem()
                .or(() -> DockerImages.problemWith(Docker.client(), ServerKind.REDIS.dockerImage()))
                .or(() -> DockerImages.problemWith(Docker.client(), ServerKind.MEMCACHED.dockerImage()));
        assumeTrue(problem.isEmpty(), () -> "Docker cannot serve containers here: " + problem.map(DockerProblem::what).orElse(""));
        DockerClient docker = Docker.client();

        try (ChildJvm jvm = ChildJvm.run(HoldServersMain.class, childEnvironment("docker"))) {
            List<String> containers = jvm.valuesOf("CONTAINERS ", Duration.ofSeconds(120));
            List<String> volumes = containers.stream().flatMap(id -> volumesOf(docker, id).stream()).toList();
            assertThat(containers).as("the child's containers; it said:%n%s", jvm.output()).hasSize(2)
                    .allSatisfy(id -> assertThat(running(docker, id)).as("container %s before the kill", id).isTrue());
            assertThat(volumes).as("the redis container's /data volume").isNotEmpty();

            jvm.kill();
            long killed = System.nanoTime();

            await("the containers to follow their JVM (Ryuk, or without it the workshop's watchdog)")
                    .atMost(CONTAINERS_GONE_WITHIN)
                    .untilAsserted(() -> assertThat(containers).noneMatch(id -> exists(docker, id)));
            System.out.printf("SIGKILL of a JVM holding 2 containers (%s): gone %d ms after the kill%n",
                    Docker.ryukDisabled() ? "the workshop's watchdog" : "Ryuk", (System.nanoTime() - killed) / 1_000_000);
            await("their anonymous volumes to go with them").atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(volumes).noneMatch(name -> volumeExists(docker, name)));
        }
    }

    private static java.util.function.Consumer<Map<String, String>> childEnvironment(String servers) {
        return environment -> {
            environment.put("WORKSHOP_SERVERS", servers);
            environment.remove("REDIS_URL");
            environment.remove("MEMCACHED_SERVERS");
        };
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean running(DockerClient docker, String id) {
        return Boolean.TRUE.equals(docker.inspectContainerCmd(id).exec().getState().getRunning());
    }

    private static boolean exists(DockerClient docker, String id) {
        try {
            docker.inspectContainerCmd(id).exec();
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    private static List<String> volumesOf(DockerClient docker, String id) {
        var mounts = docker.inspectContainerCmd(id).exec().getMounts();
        return mounts == null ? List.of() : mounts.stream().map(mount -> mount.getName()).filter(name -> name != null).toList();
    }

    private static boolean volumeExists(DockerClient docker, String name) {
        try {
            docker.inspectVolumeCmd(name).exec();
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }
}

package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The advice fits the cause: never "start Docker" when Docker runs; the pre-pull command when a pull failed. */
class DockerProblemTest {

    @Test
    void noEngineSaysStartDocker() {
        DockerProblem problem = DockerProblem.of(DockerProblem.Cause.ENGINE_NOT_REACHABLE, "", new IllegalStateException("no socket"));

        assertThat(problem.explanation()).contains("No Docker engine answered (no socket)").contains("Start Docker");
    }

    @Test
    void anUnpullableImageNamesTheImageAndThePullCommandNotStartingDocker() {
        DockerProblem problem = new DockerProblem(DockerProblem.Cause.IMAGE_NOT_PULLABLE, "redis:7", "no such host");

        assertThat(problem.explanation()).contains("Docker runs, but the image redis:7 is not on this machine")
                .contains("no such host").contains(DockerProblem.PULL_COMMAND).contains("docker pull redis:7")
                .doesNotContain("Start Docker");
    }

    @Test
    void anUnpullableRyukOffersThePullCommandAndRunningWithoutIt() {
        DockerProblem problem = new DockerProblem(DockerProblem.Cause.RYUK_NOT_PULLABLE, Docker.RYUK_IMAGE, "no such host");

        assertThat(problem.explanation()).contains("Ryuk").contains(Docker.RYUK_IMAGE).contains(DockerProblem.PULL_COMMAND)
                .contains("TESTCONTAINERS_RYUK_DISABLED=true").doesNotContain("Start Docker");
    }

    @Test
    void noServerAnywhereTellsTheDockerCauseInPlaceOfStartDocker() {
        DockerProblem problem = new DockerProblem(DockerProblem.Cause.IMAGE_NOT_PULLABLE, "memcached:1.6", "timeout");

        String message = new ServerUnavailableException(ServerKind.MEMCACHED, java.util.Optional.of(problem)).getMessage();

        assertThat(message).contains("No Memcached server is available").contains("1. Docker runs, but the image memcached:1.6")
                .contains("sudo apt-get install redis-server memcached").contains("export MEMCACHED_SERVERS=")
                .doesNotContain("Start Docker");
    }

    @Test
    void theDetailIsTheInnermostCauseOnOneLine() {
        Exception wrapped = new RuntimeException("outer", new IllegalStateException("inner reason\nwith a second line"));

        assertThat(DockerProblem.describe(wrapped)).isEqualTo("inner reason");
    }
}

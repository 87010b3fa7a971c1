package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import workshop.support.doctor.Doctor;

/**
 * On a machine with no Docker, no binaries and no env vars, the first thing that needs a server stops within
 * seconds and says how to get one; it does not hang, and it does not bury the advice in a stack trace.
 */
class NoServerAnywhereIT {

    @Test
    void theDoctorFailsFastWithTheThreeWaysToGetAServer() throws Exception {
        long begin = System.nanoTime();
        Process jvm = ChildJvm.start(Doctor.class, environment -> {
            environment.remove("REDIS_URL");
            environment.remove("MEMCACHED_SERVERS");
            environment.remove("DOCKER_HOST");
            environment.put("PATH", "/nonexistent");
            // Where Docker runs, only this hides it; elsewhere the child asks Testcontainers, as a learner's JVM would.
            if (Docker.isAvailable()) {
                environment.put("WORKSHOP_SERVERS", "path");
            } else {
                environment.remove("WORKSHOP_SERVERS");
            }
        });

        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).as("the doctor finished").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        String errors = new String(jvm.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(jvm.exitValue()).isEqualTo(1);
        assertThat(errors)
                .contains("No Redis server is available")
                .contains("Start Docker")
                .contains("sudo apt-get install redis-server memcached")
                .contains("brew install redis memcached")
                .contains("export REDIS_URL=");
        System.out.printf("No server anywhere: the doctor gave its advice and exited in %d ms%n", took.toMillis());
    }
}

package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContainerOwnerTest {

    private final ContainerOwner me = ContainerOwner.thisJvm();

    @Test
    void anOwnerReadsBackFromTheLabelsItWrites() {
        assertThat(ContainerOwner.fromLabels(me.labels())).contains(me);
        assertThat(me.labels()).containsEntry(ContainerOwner.WORKSHOP_LABEL, "true");
    }

    @Test
    void aContainerWithoutTheWorkshopsLabelsHasNoOwner() {
        assertThat(ContainerOwner.fromLabels(Map.of("org.testcontainers", "true"))).isEmpty();
        assertThat(ContainerOwner.fromLabels(null)).isEmpty();
        Map<String, String> malformed = new HashMap<>(me.labels());
        malformed.put("caching-workshop.owner.pid", "not a number");
        assertThat(ContainerOwner.fromLabels(malformed)).isEmpty();
    }

    @Test
    void aRunningJvmIsNotGone() {
        assertThat(me.isGoneFromThisMachine()).isFalse();
    }

    @Test
    void aJvmThatEndedIsGone() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        assertThat(new ContainerOwner(me.machine(), ended.pid(), 0).isGoneFromThisMachine()).isTrue();
    }

    @Test
    void aReusedProcessIdIsNotTheOwner() {
        // This JVM's pid, but another start time: the owner that had this pid is gone.
        assertThat(new ContainerOwner(me.machine(), me.pid(), me.started() - 60_000).isGoneFromThisMachine())
                .as("started %d, owner started a minute earlier", me.started()).isEqualTo(me.started() != 0);
    }

    @Test
    void anOwnerOnAnotherMachineIsNeverJudgedFromHere() {
        assertThat(new ContainerOwner("another-machine", Long.MAX_VALUE, 1).isGoneFromThisMachine()).isFalse();
    }
}

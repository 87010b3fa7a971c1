package workshop.support.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JVM that started a container, written on the container (and its network) as labels, so that any later
 * workshop JVM can tell whether that owner is gone and its container an orphan.
 *
 * <p>A process id alone is not enough: ids are reused, and the engine may serve several machines. So the
 * owner is this machine (an id kept in the temp directory), the process id, and the process's start time.
 *
 * @param machine an id of the machine (and user) the JVM ran on
 * @param pid     the JVM's process id on that machine
 * @param started when the JVM started, in epoch milliseconds, or 0 where the OS does not say
 */
record ContainerOwner(String machine, long pid, long started) {

    /** Marks everything the workshop creates in Docker: the clean-up command removes all that carries it. */
    static final String WORKSHOP_LABEL = "caching-workshop";
    private static final String MACHINE_LABEL = WORKSHOP_LABEL + ".owner.machine";
    private static final String PID_LABEL = WORKSHOP_LABEL + ".owner.pid";
    private static final String STARTED_LABEL = WORKSHOP_LABEL + ".owner.started";

    private static final ContainerOwner THIS_JVM = new ContainerOwner(machineId(), ProcessHandle.current().pid(),
            startOf(ProcessHandle.current()));

    static ContainerOwner thisJvm() {
        return THIS_JVM;
    }

    /** The owner written on a container or network, if the workshop created it. */
    static Optional<ContainerOwner> fromLabels(Map<String, String> labels) {
        if (labels == null || !labels.containsKey(MACHINE_LABEL)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ContainerOwner(labels.get(MACHINE_LABEL), Long.parseLong(labels.get(PID_LABEL)),
                    Long.parseLong(labels.get(STARTED_LABEL))));
        } catch (NumberFormatException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    Map<String, String> labels() {
        return Map.of(WORKSHOP_LABEL, "true", MACHINE_LABEL, machine, PID_LABEL, String.valueOf(pid),
                STARTED_LABEL, String.valueOf(started));
    }

    /**
     * True when this owner ran on this machine and no longer runs. An owner on another machine is never judged
     * gone from here: its containers are left to that machine (or to the clean-up command).
     */
    boolean isGoneFromThisMachine() {
        if (!machine.equals(THIS_JVM.machine)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        return process.isEmpty() || (started != 0 && startOf(process.get()) != 0 && startOf(process.get()) != started);
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** Kept in the temp directory: the same for every JVM of this user on this machine, and cheap to read. */
    private static String machineId() {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "caching-workshop-machine-id");
        try {
            try {
                Files.writeString(file, UUID.randomUUID().toString(), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException alreadyThere) {
                // another JVM wrote it first: use that one
            }
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            return id.isEmpty() ? "unknown" : id;
        } catch (IOException unwritable) {
            return "unknown";
        }
    }
}

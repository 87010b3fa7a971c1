package workshop.lesson05.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import workshop.support.servers.Executables;

/**
 * On a machine with more than one core, the load generators (this JVM, the JMH forks it starts, the servers' own
 * tools) run on core 0 and the servers on core 1, with {@code taskset}: otherwise the server and the client that
 * measures it take turns on the same core, and the figures mix the two. Linux only; elsewhere nothing is pinned.
 * {@code -Dverdict.pinning=off} pins nothing: {@link ServerCost} showed that on a small VM the placement apart can
 * cost more than the sharing it avoids, so the 2×2 can be re-taken unpinned to see whether its ratios survive.
 */
final class CorePinning {

    static final int LOAD_GENERATOR_CORE = 0;
    static final int SERVER_CORE = 1;

    /** The system property that turns pinning off, passed on to every JMH fork. */
    static final String SWITCH = "verdict.pinning";

    private CorePinning() {
    }

    /** {@code apart} (the default) or {@code off}. */
    static String setting() {
        return "off".equalsIgnoreCase(System.getProperty(SWITCH, "apart").strip()) ? "off" : "apart";
    }

    /** Whether pinning is possible here: more than one core, and taskset on the PATH. */
    static boolean available() {
        return !setting().equals("off") && machineCores() > 1 && Executables.onPath("taskset").isPresent();
    }

    /**
     * The machine's cores, not this process's: once pinned, the JVM (and every JMH fork, which inherits the pin)
     * reports one available processor.
     */
    static int machineCores() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return (int) Math.max(1, lines.filter(line -> line.startsWith("processor")).count());
        } catch (IOException | UncheckedIOException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** This JVM, every thread of it, to the load generators' core; the processes it starts inherit it. */
    static boolean pinThisProcess() {
        return available() && taskset(Integer.toString(LOAD_GENERATOR_CORE), ProcessHandle.current().pid());
    }

    /** Every redis-server and memcached this JVM started, to the servers' core. How many were pinned. */
    static int pinServers() {
        return pinServers(Integer.toString(SERVER_CORE));
    }

    /**
     * Every redis-server and memcached this JVM started, to these cores (taskset's list, e.g. {@code 0} or
     * {@code 0-1}): {@link ServerCost} places a server beside its client, or lets it run on either core, to see
     * what the pinning itself costs. How many were pinned.
     */
    static int pinServers(String cores) {
        if (!available()) {
            return 0;
        }
        return (int) servers().filter(process -> taskset(cores, process.pid())).count();
    }

    /** The redis-server and memcached processes this JVM started. */
    static Stream<ProcessHandle> servers() {
        return ProcessHandle.current().descendants().filter(CorePinning::isServer);
    }

    /** What the report says about it. */
    static String describe(boolean pinned) {
        return pinned
                ? "Pinned with taskset: servers on core %d, load generators (JMH forks, redis-benchmark, memaslap) on core %d."
                        .formatted(SERVER_CORE, LOAD_GENERATOR_CORE)
                : setting().equals("off")
                        ? "Not pinned (-Dverdict.pinning=off): servers and load generators share both cores as the scheduler sees fit."
                        : "Not pinned (one core, or no taskset): servers and load generators share the cores.";
    }

    /**
     * By the name it was started as ({@code /proc/<pid>/comm}): Debian's redis-server is a link to redis-check-rdb,
     * so the executable's own path does not say.
     */
    private static boolean isServer(ProcessHandle process) {
        String name;
        try {
            name = Files.readString(Path.of("/proc", Long.toString(process.pid()), "comm")).trim();
        } catch (IOException | UncheckedIOException e) {
            name = process.info().command().map(command -> command.substring(command.lastIndexOf('/') + 1)).orElse("");
        }
        return name.equals("redis-server") || name.equals("memcached");
    }

    private static boolean taskset(String cores, long pid) {
        try {
            Process process = new ProcessBuilder(List.of("taskset", "-a", "-p", "-c", cores, Long.toString(pid)))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package workshop.support.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * A server binary from the PATH, run on 127.0.0.1 in its own temporary directory, and tied to this JVM so
 * that it can never outlive it.
 *
 * <p>Why a watchdog: shutdown hooks do not run when a JVM is killed with SIGKILL (an IDE's stop button, an
 * out-of-memory killer, {@code kill -9}), and a server started with a plain ProcessBuilder would then live on,
 * holding its port. So the server is started by a tiny shell script that holds the read end of a pipe whose
 * write end only this JVM holds. When the JVM dies, however it dies, the kernel closes that pipe, {@code cat}
 * sees end-of-file, and the script kills the server and deletes its temporary directory.
 */
final class LocalProcess implements ServerProcess {

    private static final String WATCHDOG = """
            workdir=$1; shift
            exec 3<&0 </dev/null
            "$@" &
            server=$!
            echo "$server" > "$workdir/server.pid"
            gone="$workdir/jvm-gone.$$"
            { cat <&3 >/dev/null; touch "$gone"; kill -KILL "$server" 2>/dev/null; } &
            watcher=$!
            wait "$server"
            status=$?
            if [ -e "$gone" ]; then rm -rf -- "$workdir"; else kill "$watcher" 2>/dev/null; fi
            exit "$status"
            """;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int START_ATTEMPTS = 5;

    private final ServerKind kind;
    private final WorkDirectory directory;
    private final LocalCommand command;
    private final Function<ServerAddress, Optional<Long>> pidAt;
    private final IntSupplier freePort;
    private int port;
    private Process watchdog;
    private ProcessHandle server;

    /**
     * @param pidAt    the process id of the server answering at an address, once it is ready: the start waits until it
     *                 is our server's, so a stranger that took the port first is never mistaken for ours
     * @param freePort where a first start finds its port (a Redis Cluster node needs one with a free bus port)
     */
    LocalProcess(ServerKind kind, WorkDirectory directory, LocalCommand command, Function<ServerAddress, Optional<Long>> pidAt,
                 IntSupplier freePort) {
        this.kind = kind;
        this.directory = directory;
        this.command = command;
        this.pidAt = pidAt;
        this.freePort = freePort;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        boolean firstStart = port == 0;
        for (int attempt = 1; ; attempt++) {
            if (firstStart) {
                port = freePort.getAsInt();
            }
            StartOutcome outcome = launch(firstStart);
            if (outcome == StartOutcome.READY) {
                return;
            }
            // Another process took the free port between our check and the server's bind: try another one.
            if (outcome == StartOutcome.PORT_TAKEN && firstStart && attempt < START_ATTEMPTS) {
                continue;
            }
            throw new IllegalStateException(kind.displayName() + " did not start on 127.0.0.1:" + port
                    + ". Its log (" + directory.log() + ") ends with:\n" + directory.logTail());
        }
    }

    private enum StartOutcome { READY, PORT_TAKEN, FAILED }

    private StartOutcome launch(boolean firstStart) {
        Path pidFile = directory.resolve("server.pid");
        forgetEndedLaunch();
        try {
            Files.deleteIfExists(pidFile);
            List<String> arguments = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "watchdog", directory.toString()));
            arguments.addAll(command.forPort(directory.path(), port, firstStart));
            watchdog = new ProcessBuilder(arguments)
                    .directory(directory.path().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + kind.executable(), e);
        }
        ServersOfThisJvm.register(this);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (server == null) {
                server = readPid(pidFile).flatMap(ProcessHandle::of).orElse(null);
            }
            if (!watchdog.isAlive()) {
                server = null;
                return directory.logTail().contains("Address already in use") ? StartOutcome.PORT_TAKEN : StartOutcome.FAILED;
            }
            if (server != null && pidAt.apply(address()).equals(Optional.of(server.pid()))) {
                return StartOutcome.READY;
            }
            Poll.pause();
        }
        kill();
        return StartOutcome.FAILED;
    }

    /**
     * Releases what is left of a launch whose server has ended, whether we ended it or it ended on its own
     * (SHUTDOWN, a crash, the OOM killer). Its script exits right after its server, having stopped its watcher;
     * only then is the pipe closed, or the watcher would take the end-of-file for this JVM's death.
     */
    private void forgetEndedLaunch() {
        server = null;
        if (watchdog != null) {
            if (!waitFor(watchdog.toHandle())) {
                watchdog.destroyForcibly();
            }
            closeQuietly(watchdog);
            watchdog = null;
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException notWrittenYet) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void stop() {
        end(false);
    }

    @Override
    public synchronized void kill() {
        end(true);
    }

    private void end(boolean forcibly) {
        if (server != null && server.isAlive()) {
            if (forcibly) {
                server.destroyForcibly();
            } else {
                server.destroy();
            }
            if (!waitFor(server) && !forcibly) {
                server.destroyForcibly();
                waitFor(server);
            }
        }
        forgetEndedLaunch();
    }

    /** Closing the pipe ends the watchdog's {@code cat}; the server is already gone, so nothing else happens. */
    private static void closeQuietly(Process watchdog) {
        try {
            watchdog.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // nothing to release
        }
    }

    private static boolean waitFor(ProcessHandle handle) {
        try {
            handle.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception timedOut) {
            return false;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && server.isAlive();
    }

    /** The operating system's id of the server process, for tests that prove it is gone. */
    synchronized Optional<Long> pid() {
        return Optional.ofNullable(server).map(ProcessHandle::pid);
    }

    @Override
    public ServerAddress address() {
        return new ServerAddress("127.0.0.1", port);
    }

    @Override
    public ServerAddress addressForPeers() {
        return address();
    }

    @Override
    public String origin() {
        return "local " + kind.executable();
    }

    Path directory() {
        return directory.path();
    }

    @Override
    public synchronized void close() {
        kill();
        ServersOfThisJvm.unregister(this);
        directory.delete();
    }
}

package workshop.support.servers;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a Redis and a Memcached have in common here: either the workshop started it (then it is yours to stop,
 * kill and start again) or the environment named it (then it is someone else's: every key starts with
 * {@link #namespace()}, and {@link #close()} deletes exactly those keys, never anything else).
 */
public abstract sealed class RealServer implements AutoCloseable permits RedisServer, MemcachedServer {

    private final ServerKind kind;
    private final ServerProcess process;
    private final ServerAddress externalAddress;
    private final String namespace;
    private final Predicate<ServerAddress> answers;
    private boolean closed;

    RealServer(ServerKind kind, ServerProcess process, ServerAddress externalAddress, String namespace,
               Predicate<ServerAddress> answers) {
        this.kind = kind;
        this.process = process;
        this.externalAddress = externalAddress;
        this.namespace = namespace;
        this.answers = answers;
    }

    public ServerAddress address() {
        return process != null ? process.address() : externalAddress;
    }

    public String host() {
        return address().host();
    }

    public int port() {
        return address().port();
    }

    /** Put this before every key: empty on a server the workshop owns, unique per run on a shared one. */
    public String namespace() {
        return namespace;
    }

    /** True when the workshop started this server, so it may stop, kill or reconfigure it. */
    public boolean isOwned() {
        return process != null;
    }

    /** "local redis-server", "Docker memcached:1.6", or the environment variable that named it. */
    public String origin() {
        return process != null ? process.origin() : kind.environmentVariable();
    }

    /** Shuts it down gracefully (a Redis with persistence saves first). */
    public void stop() {
        requireOwned("stop").stop();
    }

    /** Kills it with SIGKILL, like a crash: whatever was not on disk is lost. */
    public void kill() {
        requireOwned("kill").kill();
    }

    /** Starts it again on the same port, with the same directory and config (a Memcached starts empty). */
    public void start() {
        requireOwned("start").start();
    }

    public void restart() {
        stop();
        start();
    }

    /**
     * Freezes it with SIGSTOP: its port still accepts connections and reads requests, but nothing answers, as with a
     * server that swaps or hangs. Only a server run from the PATH can be paused; {@link #resume()} thaws it.
     */
    public void pause() {
        signal("STOP");
    }

    /** Thaws a {@link #pause() paused} server (SIGCONT): it answers everything that waited. */
    public void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        requireOwned("pause or resume");
        long pid = pid().orElseThrow(() -> new OwnedServerRequiredException(kind,
                "only a " + kind.displayName() + " run from the PATH can be paused (this one is " + origin() + ")"));
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + new String(kill.getInputStream().readAllBytes()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not send SIG" + signal + " to " + this, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending SIG" + signal + " to " + this, e);
        }
    }

    public boolean isRunning() {
        return process == null ? answers.test(address()) : process.isRunning();
    }

    ServerProcess process() {
        return process;
    }

    Optional<Long> pid() {
        return process instanceof LocalProcess local ? local.pid() : Optional.empty();
    }

    private ServerProcess requireOwned(String action) {
        if (process == null) {
            throw new OwnedServerRequiredException(kind, "cannot " + action + " the " + kind.displayName() + " at "
                    + kind.environmentVariable() + ": the workshop only does that to servers it started");
        }
        return process;
    }

    /** Stops a server the workshop started; on a shared server, deletes this run's keys and nothing else. */
    @Override
    public final synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (process != null) {
            process.close();
        } else {
            deleteNamespace();
        }
    }

    /** Deletes every key of {@link #namespace()} from a shared server. */
    abstract void deleteNamespace();

    @Override
    public String toString() {
        return kind.displayName() + " at " + address() + " (" + origin() + ")";
    }
}

package workshop.support.servers;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Asks a server, in its own text protocol, whether it is ready to serve, and which process it is. */
final class Probes {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private Probes() {
    }

    /** Redis is ready when it answers PING; NOAUTH still means it is serving, LOADING means not yet. */
    static boolean redisReady(ServerAddress address) {
        String reply = firstLine(address, "PING");
        return reply != null && (reply.startsWith("+PONG") || reply.startsWith("-NOAUTH"));
    }

    /** Memcached is ready when it answers "version". */
    static boolean memcachedReady(ServerAddress address) {
        String reply = firstLine(address, "version");
        return reply != null && reply.startsWith("VERSION");
    }

    /**
     * The process id of the Redis that answers here, once it is ready to serve (not still loading its data); empty
     * when nothing answers, or something else does. Lets a server we started tell itself apart from a stranger
     * that took its port first.
     */
    static Optional<Long> redisPid(ServerAddress address, Optional<String> password) {
        try {
            return TextProtocol.talk(address, TIMEOUT, TIMEOUT, session -> {
                if (password.isPresent()) {
                    session.send("AUTH " + password.get());
                    if (!"+OK".equals(session.readLine())) {
                        return Optional.empty();
                    }
                }
                session.send("INFO");
                String header = session.readLine(); // $<length>, then the report's lines
                if (header == null || !header.startsWith("$")) {
                    return Optional.empty();
                }
                Long pid = null;
                Boolean loading = null;
                // The report is a few hundred lines: read until both fields have been seen.
                for (String line = session.readLine(); line != null && (pid == null || loading == null); line = session.readLine()) {
                    if (line.startsWith("process_id:")) {
                        pid = Long.valueOf(line.substring("process_id:".length()).trim());
                    } else if (line.startsWith("loading:")) {
                        loading = !line.trim().equals("loading:0");
                    }
                }
                return pid != null && Boolean.FALSE.equals(loading) ? Optional.of(pid) : Optional.empty();
            });
        } catch (IOException | NumberFormatException notReady) {
            return Optional.empty();
        }
    }

    /** The process id of the Memcached that answers here; empty when nothing answers, or something else does. */
    static Optional<Long> memcachedPid(ServerAddress address) {
        try {
            return TextProtocol.talk(address, TIMEOUT, TIMEOUT, session -> {
                session.send("stats");
                for (String line = session.readLine(); line != null && line.startsWith("STAT "); line = session.readLine()) {
                    if (line.startsWith("STAT pid ")) {
                        return Optional.of(Long.valueOf(line.substring("STAT pid ".length()).trim()));
                    }
                }
                return Optional.empty();
            });
        } catch (IOException | NumberFormatException notReady) {
            return Optional.empty();
        }
    }

    /** The first line of the reply to {@code command}; null while nothing listens or answers. */
    private static String firstLine(ServerAddress address, String command) {
        try {
            return TextProtocol.talk(address, TIMEOUT, TIMEOUT, session -> {
                session.send(command);
                return session.readLine();
            });
        } catch (IOException notListeningYet) {
            return null;
        }
    }
}

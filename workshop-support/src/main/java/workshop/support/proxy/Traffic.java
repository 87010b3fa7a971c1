package workshop.support.proxy;

import java.util.Map;

/**
 * What a {@link CountingProxy} saw since it started or was last reset.
 *
 * @param roundTrips    how many times the server answered after the client had spoken: a client that sends N
 *                      commands one by one, waiting for each reply, makes N; one that writes N commands at once
 *                      (a pipeline, a multi-get) and then reads the replies makes 1
 * @param connections   client connections accepted
 * @param bytesToServer bytes the client sent
 * @param bytesToClient bytes the server sent back
 * @param commands      commands the client sent, by name ({@code SET}, {@code EXEC} for Redis; {@code get} for Memcached)
 */
public record Traffic(long roundTrips, long connections, long bytesToServer, long bytesToClient, Map<String, Long> commands) {

    public Traffic {
        commands = Map.copyOf(commands);
    }

    /** How many commands of that name the client sent ({@code "SET"}, {@code "get"}). */
    public long commands(String name) {
        return commands.getOrDefault(name, 0L);
    }

    /** How many commands the client sent, of any name. */
    public long totalCommands() {
        return commands.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return roundTrips + " round trips, " + totalCommands() + " commands " + commands + ", "
                + bytesToServer + " bytes sent, " + bytesToClient + " bytes received, " + connections + " connections";
    }
}

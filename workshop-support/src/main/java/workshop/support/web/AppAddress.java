package workshop.support.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a lesson's app listens: 127.0.0.1 unless {@code WORKSHOP_HOST} says otherwise (login, writes and
 * {@code /stats} are not for the whole network), on its lesson's port unless {@code --port=N} or
 * {@code WORKSHOP_PORT} gives another. A main checks the port is free before it starts any server, so a clash
 * shows at once, not after Redis has started.
 *
 * @param ports how many consecutive ports the app needs (lesson 05 runs two instances)
 */
public record AppAddress(String host, int port, int ports) {

    public static final String HOST_VARIABLE = "WORKSHOP_HOST";
    public static final String PORT_VARIABLE = "WORKSHOP_PORT";
    public static final String PORT_ARGUMENT = "--port=";

    public AppAddress {
        if (port < 1 || port + ports - 1 > 65_535 || ports < 1) {
            throw new IllegalArgumentException("the app's port must be from 1 to " + (65_536 - ports) + ", was " + port);
        }
    }

    /** From the main's arguments and the environment, else {@code 127.0.0.1:defaultPort}. */
    public static AppAddress of(String[] args, int defaultPort, int ports) {
        return of(args, System::getenv, defaultPort, ports);
    }

    static AppAddress of(String[] args, UnaryOperator<String> environment, int defaultPort, int ports) {
        String host = Optional.ofNullable(environment.apply(HOST_VARIABLE)).filter(h -> !h.isBlank()).orElse("127.0.0.1");
        Optional<String> argument = Arrays.stream(args).filter(arg -> arg.startsWith(PORT_ARGUMENT))
                .map(arg -> arg.substring(PORT_ARGUMENT.length())).reduce((first, last) -> last);
        Optional<String> text = argument.or(() -> Optional.ofNullable(environment.apply(PORT_VARIABLE)).filter(p -> !p.isBlank()));
        int port = text.map(AppAddress::parsePort).orElse(defaultPort);
        return new AppAddress(host, port, ports);
    }

    /** The main's arguments without {@code --port=N}: the choices it reads itself (a cache, a store). */
    public static List<String> choices(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith(PORT_ARGUMENT)).toList();
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("the app's port (" + PORT_ARGUMENT + "N or " + PORT_VARIABLE
                    + ") must be a whole number, was \"" + text + "\"");
        }
    }

    /** The port of instance {@code index} (0 for the first). */
    public int port(int index) {
        return port + index;
    }

    /** "http://127.0.0.1:7072": what the app prints for curl. */
    public String url(int index) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port(index);
    }

    /** Fails at once, naming the port and how to pick another, when something already listens on one of ours. */
    public AppAddress requireFree() {
        for (int i = 0; i < ports; i++) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(InetAddress.getByName(host), port(i)));
            } catch (IOException inUse) {
                throw new PortInUseException("Port " + port(i) + " on " + host + " is taken (" + inUse.getMessage()
                        + "): is another copy of this app still running? Stop it, or choose another port: "
                        + PORT_VARIABLE + "=" + (port + 10) + " ./mvnw ... exec:java, or add -Dexec.args=" + PORT_ARGUMENT + (port + 10));
            }
        }
        return this;
    }

    /** What {@link #requireFree()} throws: the only thing the learner needs to read. */
    public static final class PortInUseException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        PortInUseException(String message) {
            super(message);
        }
    }
}

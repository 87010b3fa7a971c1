package workshop.support.servers;

/** Thrown when no server of a kind can be had on this machine; its message says the three ways to get one. */
public final class ServerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ServerUnavailableException(ServerKind kind) {
        super(kind.howToGetOne());
    }
}

package workshop.support.servers;

/**
 * Thrown when no server of a kind can be had on this machine; its message says the three ways to get one, and
 * where Docker runs but could not serve, why not and what to do about it.
 */
public final class ServerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ServerUnavailableException(ServerKind kind) {
        super(kind.howToGetOne());
    }

    ServerUnavailableException(ServerKind kind, java.util.Optional<DockerProblem> dockerProblem) {
        super(dockerProblem.map(problem -> kind.howToGetOne(problem.explanation())).orElseGet(kind::howToGetOne));
    }
}

package workshop.support.servers;

/**
 * Why Docker could not serve a server on this machine, and what to do about it: the advice fits the cause
 * (never "start Docker" when Docker runs).
 *
 * @param cause   what went wrong
 * @param subject the image concerned (empty for the engine)
 * @param detail  the engine's or Testcontainers' own words, on one line
 */
record DockerProblem(Cause cause, String subject, String detail) {

    /** The documented command that pulls every image the workshop needs (README, "Before a workshop"). */
    static final String PULL_COMMAND = "./mvnw -q -pl workshop-support compile exec:java@pull-images";

    enum Cause {
        ENGINE_NOT_REACHABLE,
        RYUK_NOT_PULLABLE,
        RYUK_DID_NOT_START,
        IMAGE_NOT_PULLABLE,
        CONTAINER_DID_NOT_START
    }

    static DockerProblem of(Cause cause, String subject, Throwable error) {
        return new DockerProblem(cause, subject, describe(error));
    }

    /** One short line: the innermost message, without the stack trace. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return message.lines().findFirst().orElse(message);
    }

    /** What happened, in a sentence. */
    String what() {
        return switch (cause) {
            case ENGINE_NOT_REACHABLE -> "No Docker engine answered (" + detail + ").";
            case RYUK_NOT_PULLABLE -> "Docker runs, but the image of Testcontainers' clean-up container (Ryuk), " + subject
                    + ", is not on this machine and could not be pulled (" + detail + ").";
            case RYUK_DID_NOT_START -> "Docker runs, but Testcontainers' clean-up container (Ryuk, " + subject
                    + ") did not start (" + detail + ").";
            case IMAGE_NOT_PULLABLE -> "Docker runs, but the image " + subject
                    + " is not on this machine and could not be pulled (" + detail + ").";
            case CONTAINER_DID_NOT_START -> "Docker runs, but a container of " + subject + " did not start (" + detail + ").";
        };
    }

    /** What to do, fitted to the cause. */
    String whatToDo() {
        return switch (cause) {
            case ENGINE_NOT_REACHABLE -> "Start Docker (Docker Desktop, Colima, or the Docker engine), or set DOCKER_HOST to where "
                    + "your engine listens.";
            case RYUK_NOT_PULLABLE, RYUK_DID_NOT_START -> "Pull the workshop's images while online (the day before, on the venue's "
                    + "network): " + PULL_COMMAND + "\n     or run without Ryuk: export TESTCONTAINERS_RYUK_DISABLED=true "
                    + "(the workshop then removes its containers itself).";
            case IMAGE_NOT_PULLABLE -> "Pull the workshop's images while online (the day before, on the venue's network): "
                    + PULL_COMMAND + "\n     (or: docker pull " + subject + ").";
            case CONTAINER_DID_NOT_START -> "Look at the reason above; to skip Docker, use the binaries: export WORKSHOP_SERVERS=path.";
        };
    }

    /** Both, for a log line or an exception message. */
    String explanation() {
        return what() + "\n     " + whatToDo();
    }
}

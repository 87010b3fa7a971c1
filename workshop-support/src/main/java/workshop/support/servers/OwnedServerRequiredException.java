package workshop.support.servers;

/**
 * Thrown when something needs a server the workshop started itself (to restart, kill or configure it) but
 * only an external one, from the environment, can be had. Tests that hit it are skipped, not failed.
 */
public final class OwnedServerRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OwnedServerRequiredException(ServerKind kind, String why) {
        super(why + ". To run this, let the workshop start its own " + kind.displayName()
                + ": install `" + kind.executable() + "` or start Docker (you may keep " + kind.environmentVariable() + " set).");
    }
}

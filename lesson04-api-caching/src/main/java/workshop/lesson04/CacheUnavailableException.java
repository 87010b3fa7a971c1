package workshop.lesson04;

/** The cache's store did not answer (down, too slow, refusing): the caller should ask the origin instead. */
public final class CacheUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CacheUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package workshop.lesson05.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The verdict's steps, one after another: each is tried again once if it fails (a busy machine can time out a
 * step that would pass a minute later), and a step that fails twice is written down and skipped, so that one
 * failure costs its own rows and never the whole report.
 */
final class Steps {

    /** A step that gave no result, and why. */
    record Failure(String step, String reason) {
    }

    private final int attempts;
    private final Consumer<String> log;
    private final List<Failure> failures = new ArrayList<>();

    Steps(int attempts, Consumer<String> log) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + attempts);
        }
        this.attempts = attempts;
        this.log = log;
    }

    /** The step's result, or empty when every attempt failed (then it is among {@link #failures()}). */
    <T> Optional<T> run(String step, Supplier<T> work) {
        String reason = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return Optional.of(work.get());
            } catch (RuntimeException | AssertionError | LinkageError failed) {
                reason = reasonOf(failed);
                log.accept("Step failed (attempt %d of %d): %s: %s".formatted(attempt, attempts, step, reason));
            }
        }
        failures.add(new Failure(step, reason));
        return Optional.empty();
    }

    List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The innermost cause's first line: what went wrong, without a stack trace in the report. */
    static String reasonOf(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        String outer = failed == cause || failed.getMessage() == null ? "" : failed.getMessage().lines().findFirst().orElse("") + " ← ";
        return outer + cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}

package workshop.support.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Why a benchmark run failed, in words a learner can act on. Each advice is given only when its cause is in the
 * failure: "add -Psolutions" to someone who gave it would send them in circles.
 */
final class BenchmarkFailure {

    /** JMH's words when another run holds its lock file (org.openjdk.jmh.runner.Runner). */
    private static final String LOCK_HELD = "Unable to acquire the JMH lock";
    /** The words of every exercise stub (workshop.support.exercises.Todo). */
    private static final String STUB = "is not done yet";

    private BenchmarkFailure() {
    }

    static String explain(Throwable failure) {
        Optional<String> lock = find(failure, LOCK_HELD);
        if (lock.isPresent()) {
            return "Another JMH run holds JMH's lock file (JMH said: " + lock.get().strip() + "). JMH measures one run at a "
                    + "time per machine, so that two runs do not skew each other. Wait for the other run to finish (see it "
                    + "with `ps aux | grep -i jmh`) and run this again; if you are sure no other run is going, add "
                    + "-Djmh.ignoreLock=true (its numbers are then only as good as the machine is quiet).";
        }
        Optional<String> stub = find(failure, STUB);
        if (stub.isPresent()) {
            return "A benchmark calls an exercise that is not done yet (" + stub.get().strip() + "). Solve it, or add "
                    + "-Psolutions to measure the finished workshop.";
        }
        return "A benchmark failed: " + rootMessage(failure) + " (JMH's own output above has the details).";
    }

    /** The first message in the failure, its causes and suppressed exceptions that contains {@code words}. */
    private static Optional<String> find(Throwable failure, String words) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            String message = String.valueOf(next.getMessage());
            int at = message.indexOf(words);
            if (at >= 0) {
                int lineStart = message.lastIndexOf('\n', at) + 1;
                int lineEnd = message.indexOf('\n', at);
                return Optional.of(message.substring(lineStart, lineEnd < 0 ? message.length() : lineEnd));
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(java.util.List.of(next.getSuppressed()));
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}

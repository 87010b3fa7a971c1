package workshop.support.exercises;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one test ended, in one mode, exercise test or test of the given code: one line of {@code exercise-results.tsv}.
 *
 * @param exercise the exercise it belongs to ("1.3"), or empty for a test of the given code
 * @param title    the exercise's title ("Size bound with LRU eviction"), or empty
 * @param uniqueId JUnit's id of the test: the same in both modes, so stub and solution runs can be matched
 * @param path     the test's display names from its class down, for people to read
 */
public record TestResult(String module, String mode, String exercise, String title, String uniqueId,
                         String path, Status status, String message) {

    /**
     * How an exercise group is named: one test class per exercise, {@code @DisplayName("Exercise 1.3: Size bound with
     * least-recently-used eviction")} (its {@code @Nested} classes, if any, belong to the same exercise).
     */
    static final Pattern EXERCISE_NAME = Pattern.compile("^Exercise (\\d+\\.\\d+):\\s*(.*)$");

    public enum Status { SUCCESSFUL, FAILED, ABORTED, SKIPPED }

    public boolean isExercise() {
        return !exercise.isEmpty();
    }

    public boolean passed() {
        return status == Status.SUCCESSFUL;
    }

    public static Optional<Matcher> exerciseName(String displayName) {
        Matcher matcher = EXERCISE_NAME.matcher(displayName);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }

    String toLine() {
        return String.join("\t", List.of(module, mode, exercise, title, uniqueId, path, status.name(), message)
                .stream().map(TestResult::escape).toList());
    }

    static TestResult fromLine(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 8) {
            throw new IllegalArgumentException("Not a results line (expected 8 tab-separated fields): " + line);
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = unescape(fields[i]);
        }
        return new TestResult(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
                Status.valueOf(fields[6]), fields[7]);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

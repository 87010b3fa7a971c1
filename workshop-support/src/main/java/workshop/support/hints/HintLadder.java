package workshop.support.hints;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hint ladder: for a stuck learner, the next hint of an exercise, from a nudge to the exact API call, one
 * per run. Hints live in {@code <lesson>/hints/<N.M>.md}, separated by lines holding only {@code ---}. Which hints
 * you have seen is kept in {@code .workshop/hints-shown.properties} at the workshop's root (outside
 * {@code target/}, so {@code clean} keeps it; git ignores it): delete that file to start over.
 *
 * <pre>
 * ./mvnw -q validate -Phint -Dexercise=2.3
 * </pre>
 *
 * Runs as a single source file ({@code java HintLadder.java <root> <exercise>}), with nothing to compile first.
 */
public final class HintLadder {

    private static final Pattern EXERCISE = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    private HintLadder() {
    }

    /** Arguments: the workshop's root folder, the exercise ("2.3"). */
    public static void main(String[] args) {
        if (args.length != 2 || !EXERCISE.matcher(args[1].strip()).matches()) {
            System.out.println("Which exercise? e.g. ./mvnw -q validate -Phint -Dexercise=2.3");
            return;
        }
        Path root = Path.of(args[0]);
        String exercise = args[1].strip();
        Optional<Path> file = hintsFile(root, exercise);
        if (file.isEmpty()) {
            System.out.println("No hints for exercise " + exercise + " yet. Its README section \"Exercise " + exercise
                    + "\" explains it, and its failing test's message says what is missing.");
            return;
        }
        List<String> hints = hints(file.get());
        Path memory = root.resolve(".workshop").resolve("hints-shown.properties");
        Properties shown = load(memory);
        int before = Math.min(hints.size(), Integer.parseInt(shown.getProperty(exercise, "0")));
        int now = Math.min(hints.size(), before + 1);
        for (int i = 0; i < now; i++) {
            String label = i < before ? " (seen)" : "";
            System.out.println("Exercise " + exercise + ", hint " + (i + 1) + " of " + hints.size() + label + ":");
            System.out.println(indent(hints.get(i)));
            System.out.println();
        }
        if (now == before) {
            System.out.println("That was the last hint. The README section \"Exercise " + exercise
                    + "\" walks through it; the finished file is under solutions/.");
        } else if (now < hints.size()) {
            System.out.println("Still stuck? Run the same command again for hint " + (now + 1) + ".");
        }
        shown.setProperty(exercise, Integer.toString(now));
        save(memory, shown);
    }

    /** {@code <root>/lessonNN-*}/hints/N.M.md, for lesson N. */
    static Optional<Path> hintsFile(Path root, String exercise) {
        Matcher matcher = EXERCISE.matcher(exercise);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String prefix = String.format("lesson%02d-", Integer.parseInt(matcher.group(1)));
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(module -> module.getFileName().toString().startsWith(prefix))
                    .map(module -> module.resolve("hints").resolve(exercise + ".md"))
                    .filter(Files::exists).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the lessons in " + root, e);
        }
    }

    /** The hints of one file, in order: the text between {@code ---} lines, blank ones dropped. */
    static List<String> hints(Path file) {
        try {
            return Arrays.stream(SEPARATOR.split(Files.readString(file, StandardCharsets.UTF_8)))
                    .map(String::strip).filter(hint -> !hint.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String indent(String text) {
        return text.lines().map(line -> line.isEmpty() ? "" : "  " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static Properties load(Path memory) {
        Properties shown = new Properties();
        if (Files.exists(memory)) {
            try (Reader reader = Files.newBufferedReader(memory, StandardCharsets.UTF_8)) {
                shown.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + memory, e);
            }
        }
        return shown;
    }

    private static void save(Path memory, Properties shown) {
        try {
            Files.createDirectories(memory.getParent());
            try (Writer writer = Files.newBufferedWriter(memory, StandardCharsets.UTF_8)) {
                shown.store(writer, "Hints shown per exercise (./mvnw -q validate -Phint -Dexercise=N.M). Delete to start over.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + memory, e);
        }
    }
}

package workshop.support.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps a README's sample of {@code -Pprogress} true to the lesson: the exercises it lists are the lesson's (ids,
 * titles as the tests' {@code @DisplayName} say, how many), and the stub message it quotes is one the stubs throw,
 * cut as the list cuts it, followed by the hint command when the exercise has hints. (How many tests still fail is
 * counted by a run, not here.)
 */
public final class ProgressSample {

    private static final Pattern HEADER = Pattern.compile("^Lesson (\\d+) · .*: \\d+/(\\d+) exercises done$");
    private static final Pattern ITEM = Pattern.compile("^ {2}\\[[ x]] Exercise (\\d+\\.\\d+): (.*?)(?: {3}<- next: \\d+ of \\d+ tests still fail)?$");
    private static final Pattern MESSAGE = Pattern.compile("^ {8}(Exercise (\\d+\\.\\d+) is not done yet: .*)$");
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\"Exercise (\\d+\\.\\d+): ((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern TODO = Pattern.compile("Todo\\.exercise\\(\"(\\d+\\.\\d+)\",((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?)+)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ProgressSample() {
    }

    /** The lesson's own README, checked against the lesson in {@code lessonDir}. */
    public static List<String> mismatches(Path lessonDir) {
        return mismatches(lessonDir.resolve("README.md"), lessonDir);
    }

    /** Any README's lines about the exercises of the lesson in {@code lessonDir}; one line per difference. */
    public static List<String> mismatches(Path readme, Path lessonDir) {
        Map<String, String> titles = titles(lessonDir.resolve("src/test/java"));
        Map<String, List<String>> todos = todos(lessonDir.resolve("src/exercises/java"));
        String lesson = titles.keySet().stream().findFirst().map(id -> id.substring(0, id.indexOf('.'))).orElse("?");
        List<String> lines = read(readme);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = readme.getFileName() + " line " + (i + 1) + ": ";
            Matcher header = HEADER.matcher(lines.get(i));
            Matcher item = ITEM.matcher(lines.get(i));
            Matcher message = MESSAGE.matcher(lines.get(i));
            if (header.matches() && Integer.parseInt(header.group(1)) == Integer.parseInt(lesson)
                    && Integer.parseInt(header.group(2)) != titles.size()) {
                problems.add(where + "the lesson has " + titles.size() + " exercises, the sample says " + header.group(2));
            } else if (item.matches() && ofLesson(item.group(1), lesson)) {
                String title = titles.get(item.group(1));
                if (!item.group(2).equals(title)) {
                    problems.add(where + "exercise " + item.group(1) + " is «" + title + "», the sample says «" + item.group(2) + "»");
                }
            } else if (message.matches() && ofLesson(message.group(2), lesson)) {
                String id = message.group(2);
                List<String> thrown = todos.getOrDefault(id, List.of()).stream()
                        .map(whatToDo -> ExerciseReport.firstLine(Todo.exercise(id, whatToDo).getMessage())).toList();
                if (!thrown.contains(message.group(1))) {
                    problems.add(where + "the stubs of " + id + " say " + thrown + ", the sample «" + message.group(1) + "»");
                }
                String hint = "        stuck? a hint at a time: ./mvnw -q validate -Phint -Dexercise=" + id;
                boolean hasHints = Files.isRegularFile(lessonDir.resolve("hints").resolve(id + ".md"));
                if (hasHints && (i + 1 >= lines.size() || !lines.get(i + 1).equals(hint))) {
                    problems.add(where + "the list shows the hint command next: «" + hint.strip() + "»");
                }
            }
        }
        return problems;
    }

    private static boolean ofLesson(String id, String lesson) {
        return id.startsWith(lesson + ".");
    }

    /**
     * Exercise id to title, from the tests' display names: the first one in a file is its class's, before any nested
     * group that names the same exercise (5.9's and 5.11's shared contract).
     */
    private static Map<String, String> titles(Path tests) {
        Map<String, String> titles = new TreeMap<>();
        for (Path file : javaFiles(tests)) {
            Matcher name = DISPLAY_NAME.matcher(String.join("\n", read(file)));
            while (name.find()) {
                titles.putIfAbsent(name.group(1), unescape(name.group(2)));
            }
        }
        return titles;
    }

    /** Exercise id to what its stubs say to do (a literal, or literals joined with +): one per method left to write. */
    private static Map<String, List<String>> todos(Path exercises) {
        Map<String, List<String>> todos = new TreeMap<>();
        for (Path file : javaFiles(exercises)) {
            Matcher todo = TODO.matcher(String.join("\n", read(file)));
            while (todo.find()) {
                StringBuilder text = new StringBuilder();
                Matcher literal = LITERAL.matcher(todo.group(2));
                while (literal.find()) {
                    text.append(unescape(literal.group(1)));
                }
                todos.computeIfAbsent(todo.group(1), id -> new ArrayList<>()).add(text.toString());
            }
        }
        return todos;
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}

package workshop.support.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A folder lists its files alphabetically, so each lesson's {@code package-info.java} (the stubs' and the
 * solutions') lists its exercises in order: this keeps that list whole, in order, and titled as the tests name them.
 */
class ExerciseOrderTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\"Exercise (\\d+\\.\\d+): ((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern LISTED = Pattern.compile("<li>(\\d+\\.\\d+) (.+?): \\{@link");
    private static final Comparator<String> BY_NUMBER = Comparator.comparingInt((String id) -> Integer.parseInt(id.split("\\.")[0]))
            .thenComparingInt(id -> Integer.parseInt(id.split("\\.")[1]));

    @Test
    void everyLessonListsItsExercisesInOrderInItsPackageInfo() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> lessons;
        try (Stream<Path> modules = Files.list(ROOT)) {
            lessons = modules.filter(module -> module.getFileName().toString().startsWith("lesson")).sorted().toList();
        }
        for (Path lesson : lessons) {
            Map<String, Set<String>> titles = titles(lesson.resolve("src/test/java"));
            List<String> expected = titles.keySet().stream().sorted(BY_NUMBER).toList();
            List<Path> packageInfos = packageInfos(lesson.resolve("src/exercises/java"), ROOT.resolve("solutions").resolve(lesson.getFileName()));
            if (packageInfos.size() != 2) {
                problems.add(lesson + ": one package-info.java in the stubs and one in the solutions, found " + packageInfos);
            }
            for (Path packageInfo : packageInfos) {
                List<String> listed = new ArrayList<>();
                Matcher item = LISTED.matcher(Files.readString(packageInfo));
                while (item.find()) {
                    listed.add(item.group(1));
                    if (!titles.getOrDefault(item.group(1), Set.of()).contains(item.group(2))) {
                        problems.add(packageInfo + ": " + item.group(1) + " is titled «" + item.group(2) + "», its tests say "
                                + titles.getOrDefault(item.group(1), Set.of()));
                    }
                }
                if (!listed.equals(expected)) {
                    problems.add(packageInfo + " lists " + listed + "; the tests name " + expected);
                }
            }
        }

        assertThat(lessons).as("lesson modules found next to workshop-support").isNotEmpty();
        assertThat(problems).as("each lesson's package-info must list every exercise, in order, as its tests title it").isEmpty();
    }

    /** Exercise id to the titles its tests' {@code @DisplayName}s give it (a shared contract may add a second). */
    private static Map<String, Set<String>> titles(Path tests) throws IOException {
        Map<String, Set<String>> titles = new HashMap<>();
        for (Path file : javaFiles(tests)) {
            Matcher name = DISPLAY_NAME.matcher(Files.readString(file));
            while (name.find()) {
                titles.computeIfAbsent(name.group(1), id -> new HashSet<>()).add(name.group(2).replace("\\\"", "\""));
            }
        }
        return titles;
    }

    private static List<Path> packageInfos(Path... folders) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            javaFiles(folder).stream().filter(file -> file.getFileName().toString().equals("package-info.java")).forEach(found::add);
        }
        return found;
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}

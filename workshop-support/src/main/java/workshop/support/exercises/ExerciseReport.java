package workshop.support.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a lesson's test results say, in two reports: progress for the student ({@link ExerciseProgress}), and
 * honesty for maintainers ({@link HonestyCheck}).
 */
public final class ExerciseReport {

    private ExerciseReport() {
    }

    static List<TestResult> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(TestResult::fromLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static String readme(Path directory) {
        try {
            Path readme = directory.resolve("README.md");
            return Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the README of " + directory, e);
        }
    }

    /** "lesson02-redis" → "Lesson 02 · redis". */
    static String lessonName(String module) {
        var matcher = java.util.regex.Pattern.compile("lesson(\\d+)-(.*)").matcher(module);
        return matcher.matches() ? "Lesson " + matcher.group(1) + " · " + matcher.group(2).replace('-', ' ') : module;
    }

    /** An exercise with its tests, in exercise order (1.2 before 1.10). */
    record Exercise(String id, String title, List<TestResult> tests) {

        boolean done() {
            return tests.stream().allMatch(TestResult::passed);
        }

        long failing() {
            return tests.stream().filter(test -> !test.passed()).count();
        }

        static final Comparator<Exercise> ORDER = Comparator.comparing(
                (Exercise exercise) -> Integer.parseInt(exercise.id().split("\\.")[0]))
                .thenComparing(exercise -> Integer.parseInt(exercise.id().split("\\.")[1]));
    }

    static List<Exercise> exercises(List<TestResult> results) {
        Map<String, List<TestResult>> byId = results.stream().filter(TestResult::isExercise)
                .collect(Collectors.groupingBy(TestResult::exercise, LinkedHashMap::new, Collectors.toList()));
        return byId.values().stream()
                .map(tests -> new Exercise(tests.get(0).exercise(), tests.get(0).title(), tests))
                .sorted(Exercise.ORDER).toList();
    }

    static String progress(String module, List<TestResult> results) {
        return progress(module, results, exercise -> false);
    }

    /** The progress list; for the next exercise, the hint command when {@code hasHints} says it has hints. */
    static String progress(String module, List<TestResult> results, java.util.function.Predicate<String> hasHints) {
        StringBuilder out = new StringBuilder();
        String lesson = lessonName(module);
        if (results.isEmpty()) {
            return lesson + ": no test results. Did the tests run? Try ./mvnw test -pl " + module + " -am\n";
        }
        List<Exercise> exercises = exercises(results);
        if (exercises.isEmpty()) {
            out.append(lesson).append(": no exercises yet\n");
        } else {
            long done = exercises.stream().filter(Exercise::done).count();
            out.append(lesson).append(": ").append(done).append('/').append(exercises.size()).append(" exercises done\n");
            Exercise next = exercises.stream().filter(exercise -> !exercise.done()).findFirst().orElse(null);
            for (Exercise exercise : exercises) {
                out.append(exercise.done() ? "  [x] " : "  [ ] ").append("Exercise ").append(exercise.id())
                        .append(": ").append(exercise.title());
                if (exercise == next) {
                    out.append("   <- next: ").append(exercise.failing()).append(" of ").append(exercise.tests().size())
                            .append(" tests still fail");
                    exercise.tests().stream().filter(test -> !test.passed()).findFirst().ifPresent(test ->
                            out.append("\n        ").append(firstLine(test.message())));
                    if (hasHints.test(exercise.id())) {
                        out.append("\n        stuck? a hint at a time: ./mvnw -q validate -Phint -Dexercise=").append(exercise.id());
                    }
                }
                out.append('\n');
            }
        }
        List<TestResult> brokenGiven = results.stream().filter(test -> !test.isExercise() && !test.passed()).toList();
        if (!brokenGiven.isEmpty()) {
            out.append("  ! ").append(brokenGiven.size()).append(" test(s) of the given code do not pass, e.g. ")
                    .append(brokenGiven.get(0).path()).append(": ").append(brokenGiven.get(0).message()).append('\n');
        }
        return out.toString();
    }

    /** A message as the list shows it: its first line, cut at 200 characters. */
    static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }

    static List<String> honestyProblems(List<TestResult> stubs, List<TestResult> solutions, String readme) {
        List<String> problems = new ArrayList<>();
        if (stubs.isEmpty()) {
            problems.add("no test results on the stubs: did the tests run?");
        }
        Map<String, TestResult> solved = solutions.stream()
                .collect(Collectors.toMap(TestResult::uniqueId, Function.identity(), (a, b) -> b));
        Map<String, TestResult> unsolved = stubs.stream()
                .collect(Collectors.toMap(TestResult::uniqueId, Function.identity(), (a, b) -> b));
        for (TestResult stub : stubs) {
            TestResult solution = solved.get(stub.uniqueId());
            if (stub.isExercise()) {
                String name = "Exercise " + stub.exercise() + " › " + stub.path();
                if (stub.status() == TestResult.Status.SUCCESSFUL) {
                    problems.add(name + ": passes on the stub (an exercise that passes unsolved proves nothing)");
                } else if (stub.status() != TestResult.Status.FAILED) {
                    problems.add(name + ": " + stub.status().name().toLowerCase() + " on the stub, so it is not red ("
                            + stub.message() + ")");
                } else if (!stub.message().contains("Exercise " + stub.exercise())) {
                    problems.add(name + ": fails on the stub, but its message does not say \"Exercise " + stub.exercise()
                            + "\" (a student reads: " + stub.message() + ")");
                }
                if (solution == null) {
                    problems.add(name + ": did not run on the solutions");
                } else if (!solution.passed()) {
                    problems.add(name + ": does not pass on the solution (" + solution.status() + ": " + solution.message() + ")");
                }
            } else {
                if (!stub.passed()) {
                    problems.add(stub.path() + ": a test of the given code that does not pass on the stubs ("
                            + stub.status() + ": " + stub.message() + ")");
                }
                if (solution != null && !solution.passed()) {
                    problems.add(stub.path() + ": a test of the given code that does not pass on the solutions ("
                            + solution.status() + ": " + solution.message() + ")");
                }
            }
        }
        for (TestResult solution : solutions) {
            if (!unsolved.containsKey(solution.uniqueId())) {
                problems.add(solution.path() + ": ran on the solutions but not on the stubs");
            }
        }
        for (Exercise exercise : exercises(stubs)) {
            if (!readme.contains("Exercise " + exercise.id() + ":")) {
                problems.add("Exercise " + exercise.id() + ": the lesson's README.md has no section \"Exercise "
                        + exercise.id() + "\", which the stub's message points to");
            }
        }
        return problems;
    }

    static String honestySummary(String module, List<TestResult> stubs, List<String> problems) {
        String lesson = lessonName(module);
        if (!problems.isEmpty()) {
            return problems.stream().map(problem -> "  - " + problem)
                    .collect(Collectors.joining("\n", lesson + ": " + problems.size() + " problem(s)\n", "\n"));
        }
        List<Exercise> exercises = exercises(stubs);
        long exerciseTests = exercises.stream().mapToLong(exercise -> exercise.tests().size()).sum();
        long given = stubs.stream().filter(test -> !test.isExercise()).count();
        return lesson + ": honest. " + exercises.size() + " exercises: " + exerciseTests
                + " tests fail on the stubs (each naming its exercise) and pass on the solutions; "
                + given + " tests of the given code pass in both modes.\n";
    }
}

package workshop.support.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import workshop.support.exercises.TestResult.Status;

/**
 * Writes how every test ended to the file the build names ({@code -Dworkshop.results.file}: the parent pom names
 * {@code exercise-results.tsv} in the module's build directory, {@code target/} for the stubs and
 * {@code target/solutions/} with {@code -Psolutions}), telling exercise tests (inside a group named
 * "Exercise N.M: …") from tests of the given code. The progress and honesty reports read that file.
 *
 * <p>Registered with JUnit through {@code META-INF/services}, so every lesson has it; without the property it writes
 * nothing.
 */
public final class ExerciseResultsListener implements TestExecutionListener {

    /** Surefire may run several test plans in one JVM: the first one starts the file afresh, the rest append. */
    private static boolean firstPlanInThisJvm = true;

    private final Map<String, TestResult> results = new LinkedHashMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        results.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        forEachTest(identifier, test -> record(test, Status.SKIPPED, reason));
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        Status status = switch (result.getStatus()) {
            case SUCCESSFUL -> Status.SUCCESSFUL;
            case ABORTED -> Status.ABORTED;
            case FAILED -> Status.FAILED;
        };
        String message = result.getThrowable().map(ExerciseResultsListener::describe).orElse("");
        if (identifier.isTest()) {
            record(identifier, status, message);
        } else if (status != Status.SUCCESSFUL) {
            // A class whose @BeforeAll failed never runs its tests: they count as failed (or aborted), not absent.
            forEachTest(identifier, test -> results.putIfAbsent(test.getUniqueId(), result(test, status, message)));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String file = System.getProperty("workshop.results.file");
        if (file == null || file.isBlank()) {
            return;
        }
        List<String> lines = results.values().stream().map(TestResult::toLine).toList();
        write(Path.of(file), lines);
    }

    private static synchronized void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            if (firstPlanInThisJvm) {
                Files.write(file, lines, StandardCharsets.UTF_8);
                firstPlanInThisJvm = false;
            } else {
                Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write test results to " + file, e);
        }
    }

    private void forEachTest(TestIdentifier identifier, java.util.function.Consumer<TestIdentifier> action) {
        if (identifier.isTest()) {
            action.accept(identifier);
        } else {
            plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).forEach(action);
        }
    }

    private void record(TestIdentifier test, Status status, String message) {
        results.put(test.getUniqueId(), result(test, status, message));
    }

    private TestResult result(TestIdentifier test, Status status, String message) {
        List<String> names = new ArrayList<>();
        String exercise = "";
        String title = "";
        for (Optional<TestIdentifier> node = Optional.of(test); node.isPresent(); node = plan.getParent(node.get())) {
            TestIdentifier current = node.get();
            if (plan.getParent(current).isEmpty()) {
                break; // the engine itself
            }
            names.add(0, current.getDisplayName());
            Optional<Matcher> name = TestResult.exerciseName(current.getDisplayName());
            if (exercise.isEmpty() && name.isPresent()) {
                exercise = name.get().group(1);
                title = name.get().group(2);
            }
        }
        return new TestResult(System.getProperty("workshop.module", ""), System.getProperty("workshop.mode", ""),
                exercise, title, test.getUniqueId(), String.join(" › ", names), status, message);
    }

    /** The first line a student needs: the exception's message, or its type when it has none. */
    private static String describe(Throwable throwable) {
        String message = throwable.getMessage();
        String text = message == null || message.isBlank() ? throwable.getClass().getName() : message.strip();
        return throwable instanceof AssertionError || throwable instanceof UnsupportedOperationException
                ? text : throwable.getClass().getSimpleName() + ": " + text;
    }
}

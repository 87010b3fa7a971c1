package workshop.support.mistakes;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import workshop.support.exercises.TestResult;

/**
 * A lesson's exercise tests, found once, then run one exercise at a time in a class loader of the caller's choice:
 * only the groups named "Exercise N.M: …" of that exercise, nothing else of the lesson.
 */
final class ExerciseTests {

    /** How one run of an exercise's tests ended. {@code firstFailure} is empty when nothing failed. */
    record Outcome(int tests, int failed, int notRun, String firstFailure, Duration took, boolean hung) {

        boolean passed() {
            return !hung && failed == 0 && tests > 0 && notRun == 0;
        }
    }

    private final Launcher launcher = LauncherFactory.create(
            LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
    /**
     * Exercise id → the unique ids of its groups: a test class ("[engine:junit-jupiter]/[class:…GetOrLoadTest]"), or
     * a nested class naming the same exercise ("…/[nested-class:TheContractOfEveryTwoLevelCache]", 5.9's contract).
     */
    private final Map<String, List<String>> groups = new TreeMap<>(ExerciseTests::byExerciseNumber);

    /** Finds every exercise group in the test classes, loaded by {@code loader} (the solutions). */
    ExerciseTests(Path testClasses, ClassLoader loader) {
        TestPlan plan = withContextLoader(loader, () -> launcher.discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testClasses))).build()));
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier node : plan.getDescendants(root)) {
                Optional<Matcher> name = TestResult.exerciseName(node.getDisplayName());
                if (name.isPresent() && node.isContainer() && !insideAnotherGroup(plan, node)) {
                    groups.computeIfAbsent(name.get().group(1), id -> new ArrayList<>()).add(node.getUniqueId());
                }
            }
        }
    }

    /** The exercises the tests cover, in order (1.2 before 1.10). */
    Set<String> exercises() {
        return groups.keySet();
    }

    /**
     * Runs the exercise's tests with {@code loader} as the class loader of the lesson, and gives up after
     * {@code timeout} (a mistake may deadlock; the tests should then fail by themselves, sooner).
     */
    Outcome run(String exercise, ClassLoader loader, Duration timeout) {
        List<String> ids = groups.getOrDefault(exercise, List.of());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(ids.stream().map(id -> selectUniqueId(id)).toList()).build();
        FirstFailure listener = new FirstFailure();
        long started = System.nanoTime();
        Thread runner = new Thread(() -> withContextLoader(loader, () -> {
            launcher.execute(request, listener);
            return null;
        }), "mistake-" + exercise);
        runner.setDaemon(true);
        runner.setContextClassLoader(loader);
        runner.start();
        boolean hung;
        try {
            runner.join(timeout.toMillis());
            hung = runner.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            hung = true;
        }
        if (hung) {
            runner.interrupt();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Outcome(listener.tests, listener.failed, listener.notRun,
                Optional.ofNullable(listener.first.get()).orElse(""), took, hung);
    }

    private static boolean insideAnotherGroup(TestPlan plan, TestIdentifier node) {
        for (Optional<TestIdentifier> parent = plan.getParent(node); parent.isPresent(); parent = plan.getParent(parent.get())) {
            if (TestResult.exerciseName(parent.get().getDisplayName()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static <T> T withContextLoader(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    static int byExerciseNumber(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int lesson = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return lesson != 0 ? lesson : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }

    /** Counts the tests and keeps the first failure's message, as a learner would read it. */
    private static final class FirstFailure implements TestExecutionListener {

        private final AtomicReference<String> first = new AtomicReference<>();
        private volatile TestPlan plan;
        private int tests;
        private int failed;
        private int notRun;

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public synchronized void executionSkipped(TestIdentifier identifier, String reason) {
            int skipped = identifier.isTest() ? 1 : (int) plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).count();
            tests += skipped;
            notRun += skipped;
        }

        @Override
        public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.isTest()) {
                tests++;
            }
            switch (result.getStatus()) {
                case FAILED -> {
                    if (identifier.isTest()) {
                        failed++;
                    } else {
                        // a failed @BeforeAll/@AfterAll: its tests did not pass
                        failed += Math.max(1, (int) plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).count());
                    }
                    first.compareAndSet(null, result.getThrowable().map(FirstFailure::describe).orElse("failed"));
                }
                case ABORTED -> notRun += identifier.isTest() ? 1 : 0;
                case SUCCESSFUL -> { }
            }
        }

        private static String describe(Throwable throwable) {
            String message = throwable.getMessage();
            String text = message == null || message.isBlank() ? throwable.getClass().getName() : message.strip();
            return throwable instanceof AssertionError ? text : throwable.getClass().getSimpleName() + ": " + text;
        }
    }
}

package workshop.support.exercises;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * For the student: runs one lesson's tests and prints how far they are, like rustlings does.
 *
 * <pre>
 * Lesson 01 · what is caching: 2/6 exercises done
 *   [x] Exercise 1.1: Cache-aside get-or-load
 *   [x] Exercise 1.2: Time to live with an injected clock
 *   [ ] Exercise 1.3: Size bound with least-recently-used eviction   &lt;- next: 3 of 3 tests still fail
 * </pre>
 *
 * The tests' own output goes to a file, so the list is all a student sees. Run by {@code ./mvnw -q verify -Pprogress}.
 */
public final class ExerciseProgress {

    private ExerciseProgress() {
    }

    /**
     * Arguments: module, mode (stubs|solutions), the test classes directory, a directory for results and output,
     * and optionally the module's directory (where {@code hints/N.M.md} live).
     */
    public static void main(String[] args) {
        if (args.length != 4 && args.length != 5) {
            throw new IllegalArgumentException("usage: ExerciseProgress <module> <mode> <test-classes-dir> <output-dir> [<module-dir>]");
        }
        Path hints = args.length == 5 ? Path.of(args[4]).resolve("hints") : null;
        String module = args[0];
        Path testClasses = Path.of(args[2]);
        Path output = Path.of(args[3]);
        Path results = output.resolve("exercise-results.tsv");
        Path testOutput = output.resolve("test-output.log");
        System.setProperty("workshop.module", module);
        System.setProperty("workshop.mode", args[1]);
        System.setProperty("workshop.results.file", results.toString());

        runTestsQuietly(testClasses, testOutput);

        System.out.print(ExerciseReport.progress(module, ExerciseReport.read(results),
                exercise -> hints != null && Files.exists(hints.resolve(exercise + ".md"))));
        System.out.flush();
        // Servers and thread pools the tests left behind must not keep this JVM alive.
        System.exit(0);
    }

    private static void runTestsQuietly(Path testClasses, Path testOutput) {
        PrintStream console = System.out;
        PrintStream errors = System.err;
        try {
            Files.createDirectories(testOutput.getParent());
            try (PrintStream log = new PrintStream(new FileOutputStream(testOutput.toFile()), true, StandardCharsets.UTF_8)) {
                System.setOut(log);
                System.setErr(log);
                LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClasspathRoots(Set.of(testClasses)))
                        .build();
                LauncherFactory.create().execute(request);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the tests' output to " + testOutput, e);
        } finally {
            System.setOut(console);
            System.setErr(errors);
        }
    }
}

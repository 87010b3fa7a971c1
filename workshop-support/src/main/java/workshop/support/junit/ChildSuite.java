package workshop.support.junit;

import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs every test of a package in this JVM and prints a summary: how a check starts a lesson's whole suite in a
 * JVM of its own, with an environment of its choosing (e.g. {@code REDIS_URL}). Whether the tests pass is not its
 * business: it always exits 0 once they ran. Arguments: {@code <package> <class name pattern to leave out>}.
 */
public final class ChildSuite {

    /** The line that starts the summary, for the parent to find. */
    public static final String SUMMARY = "child suite:";

    private ChildSuite() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(args[0]))
                .filters(excludeClassNamePatterns(args[1]))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.printFailuresTo(new PrintWriter(System.out), 5);
        System.out.printf("%s %d tests found, %d succeeded, %d failed, %d skipped (aborted %d)%n", SUMMARY,
                summary.getTestsFoundCount(), summary.getTestsSucceededCount(), summary.getTestsFailedCount(),
                summary.getTestsSkippedCount(), summary.getTestsAbortedCount());
        System.exit(0);
    }
}

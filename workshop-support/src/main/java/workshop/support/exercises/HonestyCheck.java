package workshop.support.exercises;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For maintainers: proves a lesson honest. On the stubs every exercise test fails and names its exercise; on the
 * solutions every one passes; tests of the given code pass in both; every exercise has its README section; each stub
 * and its solution hold the same given code ({@link GivenCodeCheck}).
 * Fails the build otherwise, listing each problem.
 *
 * <p>Run by {@code ./mvnw verify -Psolutions && ./mvnw verify -Phonesty}: the first run records the solutions'
 * results, the second runs the stubs and compares.
 */
public final class HonestyCheck {

    private HonestyCheck() {
    }

    /** Arguments: module, module directory, the stubs' results, the solutions' results. */
    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: HonestyCheck <module> <dir> <stub-results.tsv> <solution-results.tsv>");
        }
        String module = args[0];
        Path solutionsFile = Path.of(args[3]);
        if (!Files.exists(solutionsFile)) {
            throw new IllegalStateException("No results of the solutions for " + module + " (" + solutionsFile
                    + "). Run `./mvnw verify -Psolutions` first, then `./mvnw verify -Phonesty`.");
        }
        List<TestResult> stubs = ExerciseReport.read(Path.of(args[2]));
        List<String> problems = ExerciseReport.honestyProblems(stubs, ExerciseReport.read(solutionsFile),
                ExerciseReport.readme(Path.of(args[1])));
        System.out.print(ExerciseReport.honestySummary(module, stubs, problems));
        Path exercises = Path.of(args[1], "src", "exercises", "java");
        List<String> drift = GivenCodeCheck.problems(exercises, Path.of(args[1]).resolveSibling("solutions").resolve(module));
        System.out.print(GivenCodeCheck.summary(module, exercises, drift));
        if (!problems.isEmpty() || !drift.isEmpty()) {
            throw new IllegalStateException(module + " failed the honesty check: " + (problems.size() + drift.size())
                    + " problem(s), listed above.");
        }
    }
}

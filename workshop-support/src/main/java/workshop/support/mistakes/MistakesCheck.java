package workshop.support.mistakes;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * For maintainers: every catalogued mistake of a lesson must be caught, by name. Each mistake (a patch to a
 * solution file, in {@code mistakes/<lesson>/<N.M>-<slug>/mistake.patch}) is applied, compiled in this JVM and loaded
 * in a class loader of its own in front of the solutions; then only its exercise's tests run. The check fails if a mistake
 * passes, or if the first failure's message lacks the words the catalogue declares ({@code expect=}).
 *
 * <p>Run by {@code ./mvnw verify -Psolutions && ./mvnw verify -Pmistakes} (one JVM per lesson). Prints a table
 * per lesson (exercises, mistakes, caught) and the slowest mistakes; the tests' own output goes to
 * {@code target/solutions/mistakes/test-output.log}.
 */
public final class MistakesCheck {

    /**
     * Far above what any exercise's tests take: only a mistake that deadlocks gets here. On a machine loaded far beyond
     * its cores, -Dmistakes.hung=<seconds> gives slow tests more time.
     */
    private static final Duration HUNG = Duration.ofSeconds(Long.getLong("mistakes.hung", 60));

    private MistakesCheck() {
    }

    /** The verdict on one mistake. {@code problem} is empty when it was caught as declared. */
    record Verdict(Mistake mistake, ExerciseTests.Outcome outcome, String problem) {

        boolean caught() {
            return problem.isEmpty();
        }
    }

    /**
     * Arguments: module, the lesson's mistakes folder, its solutions folder, the compiled solution (and given)
     * classes, the compiled test classes, a folder for the compiled mistakes and the tests' output.
     */
    public static void main(String[] args) {
        if (args.length != 6) {
            throw new IllegalArgumentException("usage: MistakesCheck <module> <mistakes-dir> <solutions-dir> "
                    + "<solution-classes> <test-classes> <output-dir>");
        }
        String module = args[0];
        Path mistakesDir = Path.of(args[1]);
        Path solutionsDir = Path.of(args[2]);
        Path solutionClasses = Path.of(args[3]);
        Path testClasses = Path.of(args[4]);
        Path output = Path.of(args[5]);
        long started = System.nanoTime();

        // -Dmistakes.only=1.5 (an id prefix) checks only those: for whoever is writing a lesson's mistakes.
        String only = System.getProperty("mistakes.only", "");
        List<Mistake> mistakes = Mistake.readAll(mistakesDir).stream().filter(mistake -> mistake.id().startsWith(only)).toList();
        if (mistakes.isEmpty()) {
            System.out.println(lessonName(module) + ": no mistakes catalogued in " + mistakesDir);
            System.exit(0);
        }
        List<Verdict> verdicts;
        ExerciseTests tests;
        PrintStream console = System.out;
        PrintStream errors = System.err;
        try (PrintStream log = new PrintStream(new FileOutputStream(logFile(output).toFile()), true, StandardCharsets.UTF_8)) {
            System.setOut(log);
            System.setErr(log);
            tests = new ExerciseTests(testClasses, new ChildFirstClassLoader(module + "-solutions",
                    List.of(solutionClasses, testClasses), MistakesCheck.class.getClassLoader()));
            MistakeCompiler compiler = new MistakeCompiler(solutionClasses);
            verdicts = new ArrayList<>();
            for (Mistake mistake : mistakes) {
                log.println("=== " + mistake.id() + ": " + mistake.description());
                long wallBefore = System.nanoTime();
                long cpuBefore = cpuNanos();
                Verdict verdict = check(mistake, tests, compiler, solutionsDir, solutionClasses, testClasses, output);
                log.printf(Locale.ROOT, "=== %s: %.2f s (its tests %.2f s), CPU %.2f s%n", mistake.id(),
                        (System.nanoTime() - wallBefore) / 1e9, verdict.outcome() == null ? 0 : verdict.outcome().took().toMillis() / 1e3,
                        (cpuNanos() - cpuBefore) / 1e9);
                log.println("=== " + mistake.id() + (verdict.caught() ? ": caught, saying: " + firstLines(verdict.outcome().firstFailure())
                        : ": NOT CAUGHT: " + verdict.problem()));
                verdicts.add(verdict);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the tests' output under " + output, e);
        } finally {
            System.setOut(console);
            System.setErr(errors);
        }

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.print(report(module, tests.exercises(), verdicts, took, Duration.ofNanos(cpuNanos())));
        System.out.flush();
        long missed = verdicts.stream().filter(verdict -> !verdict.caught()).count();
        // Servers and threads a mistake left behind must not keep this JVM alive; the exit code is the verdict.
        System.exit(missed == 0 ? 0 : 1);
    }

    private static Verdict check(Mistake mistake, ExerciseTests tests, MistakeCompiler compiler, Path solutionsDir,
                                 Path solutionClasses, Path testClasses, Path output) {
        if (!tests.exercises().contains(mistake.exercise())) {
            return new Verdict(mistake, null, "its exercise " + mistake.exercise() + " has no tests (no group named \"Exercise "
                    + mistake.exercise() + ": …\")");
        }
        Path classes = output.resolve(mistake.id()).resolve("classes");
        try {
            compiler.compile(patchedSources(mistake, solutionsDir, output.resolve(mistake.id()).resolve("sources")), classes);
        } catch (IllegalStateException | IllegalArgumentException notApplied) {
            return new Verdict(mistake, null, notApplied.getMessage());
        }
        ClassLoader loader = new ChildFirstClassLoader(mistake.id(), List.of(classes, solutionClasses, testClasses),
                MistakesCheck.class.getClassLoader());
        ExerciseTests.Outcome outcome = tests.run(mistake.exercise(), loader, HUNG);
        String problem;
        if (outcome.hung()) {
            problem = "its tests were still running after " + HUNG.toSeconds() + " s: a deadlock no test bounds";
        } else if (outcome.failed() == 0 && outcome.notRun() > 0) {
            problem = outcome.notRun() + " of its " + outcome.tests() + " tests did not run (skipped or aborted), none failed";
        } else if (outcome.failed() == 0) {
            problem = "PASSES all " + outcome.tests() + " tests of exercise " + mistake.exercise();
        } else if (!mistake.saidBy(outcome.firstFailure())) {
            problem = "fails, but the first failure does not say \"" + mistake.expect() + "\": " + firstLines(outcome.firstFailure());
        } else {
            problem = "";
        }
        return new Verdict(mistake, outcome, problem);
    }

    /**
     * Applies the mistake's patch to the solutions, writing the patched files under {@code sources} (for a maintainer to
     * read); throws saying what is wrong with the mistake: whole copies left, no patch, an empty one, one that no longer
     * applies (naming the file).
     */
    private static List<Path> patchedSources(Mistake mistake, Path solutionsDir, Path sources) {
        if (!mistake.copies().isEmpty()) {
            throw new IllegalStateException("still holds whole files (" + mistake.copies() + "): turn them into its patch with "
                    + ConvertToPatches.COMMAND);
        }
        if (!Files.isRegularFile(mistake.patch())) {
            throw new IllegalStateException("has no " + Mistake.PATCH);
        }
        Patch patch;
        try {
            patch = Patch.parse(Files.readString(mistake.patch(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + mistake.patch(), e);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalStateException(Mistake.PATCH + " is malformed: " + malformed.getMessage(), malformed);
        }
        if (patch.isEmpty()) {
            throw new IllegalStateException(Mistake.PATCH + " is empty: the mistake changes nothing in the solution");
        }
        List<Path> written = new ArrayList<>();
        patch.applyTo(solutionsDir).forEach((file, text) -> {
            Path target = sources.resolve(file);
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target, e);
            }
            written.add(target);
        });
        return written;
    }

    /** The CPU time of this JVM's threads: on a shared, loaded machine a steadier measure than the wall clock. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String report(String module, Iterable<String> exercises, List<Verdict> verdicts, Duration took, Duration cpu) {
        Map<String, int[]> table = new TreeMap<>(ExerciseTests::byExerciseNumber);
        exercises.forEach(exercise -> table.put(exercise, new int[2]));
        for (Verdict verdict : verdicts) {
            int[] row = table.computeIfAbsent(verdict.mistake().exercise(), exercise -> new int[2]);
            row[0]++;
            row[1] += verdict.caught() ? 1 : 0;
        }
        long caught = verdicts.stream().filter(Verdict::caught).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: mistakes check, %d exercises, %d mistakes, %d caught (%.1f s, CPU %.1f s)%n",
                lessonName(module), table.size(), verdicts.size(), caught, took.toMillis() / 1000.0, cpu.toMillis() / 1000.0));
        out.append(String.format(Locale.ROOT, "  %-9s %8s %7s%n", "exercise", "mistakes", "caught"));
        table.forEach((exercise, row) -> out.append(String.format(Locale.ROOT, "  %-9s %8d %7d%s%n", exercise, row[0], row[1],
                row[0] < 2 ? "   (fewer than 2 catalogued)" : "")));
        out.append(String.format(Locale.ROOT, "  %-9s %8d %7d%n", "total", verdicts.size(), caught));
        List<Verdict> slowest = verdicts.stream().filter(verdict -> verdict.outcome() != null)
                .sorted(Comparator.comparing((Verdict verdict) -> verdict.outcome().took()).reversed()).limit(5).toList();
        if (!slowest.isEmpty()) {
            out.append("  slowest:");
            slowest.forEach(verdict -> out.append(String.format(Locale.ROOT, " %s %.1f s;", verdict.mistake().id(),
                    verdict.outcome().took().toMillis() / 1000.0)));
            out.setLength(out.length() - 1);
            out.append('\n');
        }
        Map<String, String> problems = new LinkedHashMap<>();
        verdicts.stream().filter(verdict -> !verdict.caught())
                .forEach(verdict -> problems.put(verdict.mistake().id(), verdict.mistake().description() + ": " + verdict.problem()));
        if (!problems.isEmpty()) {
            out.append("  NOT CAUGHT (").append(problems.size()).append("):\n");
            problems.forEach((id, problem) -> out.append("  - ").append(id).append(" (").append(problem).append(")\n"));
        }
        return out.toString();
    }

    private static String firstLines(String message) {
        String flat = message.strip().replaceAll("\\s*\\n\\s*", " ⏎ ");
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }

    private static Path logFile(Path output) throws IOException {
        Files.createDirectories(output);
        return output.resolve("test-output.log");
    }

    /** "lesson02-redis" → "Lesson 02 · redis". */
    private static String lessonName(String module) {
        var matcher = java.util.regex.Pattern.compile("lesson(\\d+)-(.*)").matcher(module);
        return matcher.matches() ? "Lesson " + matcher.group(1) + " · " + matcher.group(2).replace('-', ' ') : module;
    }
}

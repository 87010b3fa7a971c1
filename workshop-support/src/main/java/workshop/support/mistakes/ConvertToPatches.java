package workshop.support.mistakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * For maintainers: turns every mistake folder that still holds whole solution files (a copy with the mistake in)
 * into its {@code mistake.patch} against the current solution, and deletes the copies. Rerunnable: folders that
 * hold only a patch are left alone. A mistake is written as a copy first (copy the solution file, make the
 * mistake), then converted; the check reads only patches.
 *
 * <p>Run from the repository's root: {@value #COMMAND}. Prints one line per converted mistake with the lines its
 * patch removes and adds: a patch much larger than its mistake means the copy was made from an older solution.
 */
public final class ConvertToPatches {

    static final String COMMAND = "./mvnw -q compile -pl workshop-support && java -cp workshop-support/target/classes "
            + "workshop.support.mistakes.ConvertToPatches";

    private ConvertToPatches() {
    }

    /** Arguments (optional): the mistakes folder and the solutions folder, {@code mistakes} and {@code solutions} if left out. */
    public static void main(String[] args) throws IOException {
        Path mistakes = Path.of(args.length > 0 ? args[0] : "mistakes");
        Path solutions = Path.of(args.length > 1 ? args[1] : "solutions");
        if (!Files.isDirectory(mistakes) || !Files.isDirectory(solutions)) {
            System.err.println("No " + mistakes + " or " + solutions + " folder here: run this from the repository's root");
            System.exit(2);
        }
        int converted = 0;
        List<String> problems = new ArrayList<>();
        try (Stream<Path> lessons = Files.list(mistakes)) {
            for (Path lesson : lessons.filter(Files::isDirectory).sorted().toList()) {
                for (Mistake mistake : Mistake.readAll(lesson)) {
                    if (mistake.copies().isEmpty()) {
                        continue;
                    }
                    try {
                        System.out.println(convert(mistake, solutions.resolve(lesson.getFileName())));
                        converted++;
                    } catch (IllegalStateException problem) {
                        problems.add(mistake.folder() + ": " + problem.getMessage());
                    }
                }
            }
        }
        System.out.println(converted + " mistake(s) converted to " + Mistake.PATCH + (problems.isEmpty() ? "" : ", " + problems.size() + " left as they were:"));
        problems.forEach(problem -> System.out.println("  " + problem));
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** Writes the mistake's patch, checks that it gives back the copies exactly, then deletes them. */
    static String convert(Mistake mistake, Path solutions) throws IOException {
        if (Files.exists(mistake.patch())) {
            throw new IllegalStateException("holds both " + Mistake.PATCH + " and whole files " + mistake.copies()
                    + ": keep one (delete the patch to make it again from the copies)");
        }
        StringBuilder patch = new StringBuilder();
        List<String> summary = new ArrayList<>();
        for (Path copy : mistake.copies()) {
            Path solution = solutions.resolve(copy);
            if (!Files.isRegularFile(solution)) {
                throw new IllegalStateException(copy + " is not a solution file (no " + solution + ")");
            }
            String wrong = Files.readString(mistake.folder().resolve(copy), StandardCharsets.UTF_8);
            String diff = PatchWriter.diff(slashes(copy), Files.readString(solution, StandardCharsets.UTF_8), wrong);
            if (diff.isEmpty()) {
                throw new IllegalStateException(copy + " is the same as the solution: the mistake is not in it");
            }
            patch.append(diff);
            long removed = Patch.lines(diff).stream().filter(line -> line.startsWith("-") && !line.startsWith("--- ")).count();
            long added = Patch.lines(diff).stream().filter(line -> line.startsWith("+") && !line.startsWith("+++ ")).count();
            summary.add(copy + " -" + removed + " +" + added);
        }
        Patch parsed = Patch.parse(patch.toString());
        parsed.applyTo(solutions).forEach((file, text) -> {
            try {
                if (!text.equals(Files.readString(mistake.folder().resolve(file), StandardCharsets.UTF_8))) {
                    throw new IllegalStateException("its patch does not give back " + file + " exactly: left as it was");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.writeString(mistake.patch(), patch.toString(), StandardCharsets.UTF_8);
        for (Path copy : mistake.copies()) {
            Files.delete(mistake.folder().resolve(copy));
        }
        deleteEmptyFolders(mistake.folder());
        return "converted " + mistake.folder() + ": " + String.join(", ", summary);
    }

    private static void deleteEmptyFolders(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path dir : all.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                try (Stream<Path> inside = Files.list(dir)) {
                    if (!dir.equals(folder) && inside.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}

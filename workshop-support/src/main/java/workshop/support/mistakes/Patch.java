package workshop.support.mistakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mistake as a unified diff against its lesson's solutions ({@code mistake.patch}, paths {@code a/…} and
 * {@code b/…} relative to {@code solutions/<lesson>/}). Only the mistake's own lines are stored, so a change to the
 * rest of a solution file reaches every mistake of it; a change to the lines a mistake rewrites makes its patch fail
 * to apply, by name, instead of checking a stale copy.
 */
final class Patch {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");

    /** One hunk: where it starts in the solution (1-based) and its lines, each led by ' ', '-' or '+'. */
    record Hunk(int oldStart, String header, List<String> lines) {

        List<String> before() {
            return lines.stream().filter(line -> line.charAt(0) != '+').map(line -> line.substring(1)).toList();
        }

        List<String> after() {
            return lines.stream().filter(line -> line.charAt(0) != '-').map(line -> line.substring(1)).toList();
        }
    }

    private final Map<Path, List<Hunk>> files;

    private Patch(Map<Path, List<Hunk>> files) {
        this.files = files;
    }

    /** Reads a unified diff; throws {@link IllegalArgumentException} saying what is malformed. */
    static Patch parse(String text) {
        Map<Path, List<Hunk>> files = new LinkedHashMap<>();
        List<String> lines = lines(text);
        List<Hunk> hunks = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("+++ ")) {
                hunks = files.computeIfAbsent(path(line.substring(4)), path -> new ArrayList<>());
            } else if (line.startsWith("@@")) {
                Matcher hunk = HUNK.matcher(line);
                if (hunks == null || !hunk.matches()) {
                    throw new IllegalArgumentException("line " + (i + 1) + " is not a hunk header of a file: " + line);
                }
                int oldCount = count(hunk.group(2));
                int newCount = count(hunk.group(4));
                List<String> body = new ArrayList<>();
                while (oldCount > 0 || newCount > 0) {
                    if (++i >= lines.size()) {
                        throw new IllegalArgumentException("the hunk " + line + " ends early");
                    }
                    String bodyLine = lines.get(i).isEmpty() ? " " : lines.get(i); // some editors strip a blank context line's space
                    char kind = bodyLine.charAt(0);
                    if (kind == '\\') {
                        continue; // "\ No newline at end of file"
                    }
                    if (kind != ' ' && kind != '-' && kind != '+') {
                        throw new IllegalArgumentException("line " + (i + 1) + " of the hunk " + line + " is neither context, - nor +: " + bodyLine);
                    }
                    oldCount -= kind == '+' ? 0 : 1;
                    newCount -= kind == '-' ? 0 : 1;
                    body.add(bodyLine);
                }
                hunks.add(new Hunk(Integer.parseInt(hunk.group(1)), line, body));
            }
        }
        return new Patch(files);
    }

    /** The files it changes, relative to the solutions folder. */
    List<Path> files() {
        return List.copyOf(files.keySet());
    }

    List<Hunk> hunks(Path file) {
        return files.getOrDefault(file, List.of());
    }

    boolean isEmpty() {
        return files.values().stream().allMatch(List::isEmpty);
    }

    /**
     * Each file it changes, patched, read from {@code solutions}; throws {@link IllegalStateException} naming the file
     * and the hunk when the solution no longer holds the lines the patch rewrites.
     */
    Map<Path, String> applyTo(Path solutions) {
        Map<Path, String> patched = new LinkedHashMap<>();
        files.forEach((file, hunks) -> {
            Path original = solutions.resolve(file);
            if (!Files.isRegularFile(original)) {
                throw new IllegalStateException("patches " + file + ", which is not a solution file (no " + original + ")");
            }
            try {
                patched.put(file, apply(file, Files.readString(original, StandardCharsets.UTF_8), hunks));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + original, e);
            }
        });
        return patched;
    }

    /** Applies the hunks in order; a hunk whose lines moved (the solution grew above it) is found nearby, as patch does. */
    static String apply(Path file, String text, List<Hunk> hunks) {
        List<String> lines = new ArrayList<>(lines(text));
        int shift = 0;
        int done = 0;
        for (Hunk hunk : hunks) {
            List<String> before = hunk.before();
            // diff -u numbers a hunk that removes nothing by the line before it
            int origin = before.isEmpty() ? hunk.oldStart() : hunk.oldStart() - 1;
            int expected = Math.max(done, origin + shift);
            int at = find(lines, before, expected, done);
            if (at < 0) {
                throw new IllegalStateException("its patch no longer applies to " + file + ": hunk " + hunk.header()
                        + " " + mismatch(lines, before, Math.min(expected, lines.size())));
            }
            List<String> after = hunk.after();
            lines.subList(at, at + before.size()).clear();
            lines.addAll(at, after);
            shift = at - origin + after.size() - before.size();
            done = at + after.size();
        }
        return String.join("\n", lines) + (text.isEmpty() || text.endsWith("\n") ? "\n" : "");
    }

    /** Where {@code block} stands in {@code lines}, nearest to {@code expected} and not before {@code from}; -1 if nowhere. */
    private static int find(List<String> lines, List<String> block, int expected, int from) {
        int last = lines.size() - block.size();
        for (int distance = 0; expected - distance >= from || expected + distance <= last; distance++) {
            for (int at : new int[] {expected - distance, expected + distance}) {
                if (at >= from && at <= last && lines.subList(at, at + block.size()).equals(block)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static String mismatch(List<String> lines, List<String> block, int at) {
        for (int i = 0; i < block.size(); i++) {
            if (at + i >= lines.size()) {
                return "expects " + block.size() + " lines from line " + (at + 1) + ", past the file's end (" + lines.size() + " lines)";
            }
            if (!lines.get(at + i).equals(block.get(i))) {
                return "expects `" + block.get(i).strip() + "` at line " + (at + i + 1) + ", where the solution now has `"
                        + lines.get(at + i).strip() + "` (and the lines it rewrites are nowhere else in the file)";
            }
        }
        return "does not match at line " + (at + 1);
    }

    /** "b/workshop/lesson02/X.java" → workshop/lesson02/X.java (a date after a tab, as diff -u writes, is dropped). */
    private static Path path(String header) {
        String path = header.split("\t", 2)[0].strip();
        return Path.of(path.startsWith("b/") ? path.substring(2) : path);
    }

    private static int count(String group) {
        return group == null ? 1 : Integer.parseInt(group);
    }

    /** A text's lines without their ends; a last line end adds no empty line. */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}

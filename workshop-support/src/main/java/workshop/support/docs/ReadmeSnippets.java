package workshop.support.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a README's code honest: a code block placed right after {@code <!-- snippet: path#tag -->} must be exactly
 * the lines between {@code // tag::tag[]} and {@code // end::tag[]} in that file (or the whole file, without
 * {@code #tag}), so the README never shows code that does not compile and run.
 *
 * <p>Each lesson has a test that calls {@link #mismatches(Path)}. After changing tagged code, refresh the README
 * with {@code ./mvnw -q -pl workshop-support compile exec:java@snippets -Dreadme=lesson01-what-is-caching/README.md}.
 */
public final class ReadmeSnippets {

    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: ([^#\\s]+)(?:#([\\w-]+))? -->$");

    private ReadmeSnippets() {
    }

    /** One marker and the code block after it. Lines are 0-based indexes into the README. */
    private record Snippet(String source, String tag, int markerLine, int openFence, int closeFence) {

        String name() {
            return source + (tag == null ? "" : "#" + tag);
        }
    }

    /** What is out of date in this README, one line per snippet: empty when every snippet matches its source. */
    public static List<String> mismatches(Path readme) {
        List<String> lines = read(readme);
        List<String> problems = new ArrayList<>();
        for (Snippet snippet : snippets(lines, problems)) {
            try {
                List<String> expected = extract(readme.toAbsolutePath().getParent(), snippet);
                List<String> shown = lines.subList(snippet.openFence() + 1, snippet.closeFence());
                if (!shown.equals(expected)) {
                    problems.add("README line " + (snippet.markerLine() + 1) + ": the code under snippet " + snippet.name()
                            + " differs from its source");
                }
            } catch (IllegalArgumentException e) {
                problems.add("README line " + (snippet.markerLine() + 1) + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /** Rewrites every snippet's code block from its source. */
    public static void update(Path readme) {
        List<String> lines = new ArrayList<>(read(readme));
        List<String> problems = new ArrayList<>();
        List<Snippet> snippets = snippets(lines, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        for (int i = snippets.size() - 1; i >= 0; i--) {
            Snippet snippet = snippets.get(i);
            List<String> code = extract(readme.toAbsolutePath().getParent(), snippet);
            lines.subList(snippet.openFence() + 1, snippet.closeFence()).clear();
            lines.addAll(snippet.openFence() + 1, code);
        }
        try {
            Files.write(readme, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + readme, e);
        }
    }

    /** Arguments: README files to refresh from their sources. */
    public static void main(String[] args) {
        for (String readme : args) {
            update(Path.of(readme));
            System.out.println("Refreshed the snippets of " + readme);
        }
    }

    private static List<Snippet> snippets(List<String> lines, List<String> problems) {
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).trim());
            if (!marker.matches()) {
                continue;
            }
            int open = i + 1;
            if (open >= lines.size() || !lines.get(open).startsWith("```")) {
                problems.add("README line " + (i + 1) + ": a snippet marker must be followed at once by a ``` code block");
                continue;
            }
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).startsWith("```")) {
                close++;
            }
            if (close == lines.size()) {
                problems.add("README line " + (open + 1) + ": the code block is never closed");
                continue;
            }
            snippets.add(new Snippet(marker.group(1), marker.group(2), i, open, close));
            i = close;
        }
        return snippets;
    }

    private static List<String> extract(Path directory, Snippet snippet) {
        Path source = directory.resolve(snippet.source()).normalize();
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("snippet source " + snippet.source() + " does not exist");
        }
        List<String> lines = read(source);
        if (snippet.tag() == null) {
            return lines;
        }
        String begin = "tag::" + snippet.tag() + "[]";
        String end = "end::" + snippet.tag() + "[]";
        int from = indexOfMarker(lines, begin, 0);
        int to = from < 0 ? -1 : indexOfMarker(lines, end, from);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("snippet " + snippet.name() + ": no // " + begin + " ... // " + end + " in the source");
        }
        return dedent(lines.subList(from + 1, to).stream().filter(line -> !line.contains("tag::") && !line.contains("end::")).toList());
    }

    private static int indexOfMarker(List<String> lines, String marker, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("// " + marker)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}

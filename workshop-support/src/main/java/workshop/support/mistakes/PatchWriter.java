package workshop.support.mistakes;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the unified diff of two versions of a file (what {@code diff -u} prints, three lines of context), with the
 * paths {@code a/<path>} and {@code b/<path>}: so {@code patch -p1 -d solutions/<lesson>} applies it too.
 */
final class PatchWriter {

    private static final int CONTEXT = 3;

    private PatchWriter() {
    }

    /** The diff turning {@code before} into {@code after}; empty when they hold the same lines. */
    static String diff(String path, String before, String after) {
        List<String> old = Patch.lines(before);
        List<String> changed = Patch.lines(after);
        List<Edit> edits = edits(old, changed);
        if (edits.stream().allMatch(edit -> edit.kind == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- a/" + path + "\n+++ b/" + path + "\n");
        int i = 0;
        while (i < edits.size()) {
            int firstChange = nextChange(edits, i);
            if (firstChange < 0) {
                break;
            }
            int start = Math.max(i, firstChange - CONTEXT);
            // A hunk runs until CONTEXT unchanged lines after its last change, merging changes closer than twice that.
            int end = firstChange;
            for (int next = firstChange; next >= 0 && next <= end + 2 * CONTEXT + 1; next = nextChange(edits, next + 1)) {
                end = next;
            }
            end = Math.min(edits.size(), end + CONTEXT + 1);
            appendHunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        Edit first = hunk.get(0);
        long oldCount = hunk.stream().filter(edit -> edit.kind != '+').count();
        long newCount = hunk.stream().filter(edit -> edit.kind != '-').count();
        out.append("@@ -").append(range(first.oldLine, oldCount)).append(" +").append(range(first.newLine, newCount)).append(" @@\n");
        hunk.forEach(edit -> out.append(edit.kind).append(edit.text).append('\n'));
    }

    /** diff -u's numbering: a hunk that holds no line of a side names the line before it. */
    private static String range(int line, long count) {
        return (count == 0 ? line - 1 : line) + "," + count;
    }

    private static int nextChange(List<Edit> edits, int from) {
        for (int i = from; i < edits.size(); i++) {
            if (edits.get(i).kind != ' ') {
                return i;
            }
        }
        return -1;
    }

    /** One line of the script: kept (' '), removed ('-') or added ('+'), with its 1-based line numbers. */
    private record Edit(char kind, String text, int oldLine, int newLine) {
    }

    /** A shortest edit script through the longest common subsequence (the files are a few hundred lines). */
    private static List<Edit> edits(List<String> old, List<String> changed) {
        int n = old.size();
        int m = changed.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = old.get(i).equals(changed.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && old.get(i).equals(changed.get(j))) {
                edits.add(new Edit(' ', old.get(i), ++i, ++j));
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                edits.add(new Edit('-', old.get(i), ++i, j + 1)); // removals first, as diff -u prints them
            } else {
                edits.add(new Edit('+', changed.get(j), i + 1, ++j));
            }
        }
        return edits;
    }
}

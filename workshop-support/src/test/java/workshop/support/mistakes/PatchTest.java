package workshop.support.mistakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A mistake stored as a patch gives back the wrong file exactly, survives edits elsewhere, and says when it cannot apply. */
class PatchTest {

    private static final Path FILE = Path.of("workshop/Reader.java");

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    private static String apply(String patch, String solution) {
        return Patch.apply(FILE, solution, Patch.parse(patch).hunks(FILE));
    }

    @Test
    void aPatchTurnsTheSolutionIntoTheMistakeExactly() {
        String solution = numbered(1, 40);
        String mistake = solution.replace("line 3\n", "").replace("line 20\n", "line 20 changed\nan added line\n") + "the end\n";

        String patch = PatchWriter.diff("workshop/Reader.java", solution, mistake);

        assertThat(patch).startsWith("--- a/workshop/Reader.java\n+++ b/workshop/Reader.java\n@@ -1,6 +1,5 @@\n");
        assertThat(apply(patch, solution)).isEqualTo(mistake);
    }

    @Test
    void theSameFilesMakeNoPatch() {
        assertThat(PatchWriter.diff("workshop/Reader.java", numbered(1, 5), numbered(1, 5))).isEmpty();
        assertThat(Patch.parse("").isEmpty()).isTrue();
    }

    @Test
    void aSolutionEditedOutsideTheMistakesLinesStillTakesThePatch() {
        String solution = numbered(1, 40);
        String patch = PatchWriter.diff("workshop/Reader.java", solution, solution.replace("line 30\n", "wrong 30\n"));
        String grown = "a new import\nanother\n" + solution.replace("line 5\n", "line 5 renamed\n");

        assertThat(apply(patch, grown)).isEqualTo(grown.replace("line 30\n", "wrong 30\n"));
    }

    @Test
    void aSolutionEditedWhereTheMistakeIsRejectsThePatchNamingFileAndLine() {
        String solution = numbered(1, 40);
        String patch = PatchWriter.diff("workshop/Reader.java", solution, solution.replace("line 30\n", "wrong 30\n"));

        assertThatThrownBy(() -> apply(patch, solution.replace("line 29\n", "line 29 rewritten\n")))
                .hasMessageContaining("no longer applies to workshop/Reader.java")
                .hasMessageContaining("expects `line 29` at line 29, where the solution now has `line 29 rewritten`");
    }
}

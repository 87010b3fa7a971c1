package workshop.support.hints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One more hint per run, remembered outside target/, and a word when the ladder ends. */
class HintLadderTest {

    @TempDir
    Path root;

    @Test
    void showsOneMoreHintPerRunAndSaysWhenTheyRunOut() throws Exception {
        Path hints = Files.createDirectories(root.resolve("lesson02-redis").resolve("hints"));
        Files.writeString(hints.resolve("2.3.md"), "a nudge\n---\nthe API call\n");

        String first = run("2.3");
        String second = run("2.3");
        String third = run("2.3");

        assertThat(first).contains("hint 1 of 2:").contains("a nudge").doesNotContain("the API call");
        assertThat(second).contains("hint 1 of 2 (seen):").contains("hint 2 of 2:").contains("the API call");
        assertThat(third).contains("That was the last hint");
        assertThat(root.resolve(".workshop").resolve("hints-shown.properties")).content().contains("2.3=2");
    }

    @Test
    void saysSoWhenAnExerciseHasNoHints() {
        assertThat(run("4.7")).contains("No hints for exercise 4.7 yet");
    }

    private String run(String exercise) {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            HintLadder.main(new String[] {root.toString(), exercise});
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

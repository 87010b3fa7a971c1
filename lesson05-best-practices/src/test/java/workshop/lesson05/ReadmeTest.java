package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import workshop.support.docs.ReadmeSnippets;

/** The README shows code that compiles and runs: each snippet is the tagged code it claims to be. */
class ReadmeTest {

    @Test
    void everySnippetMatchesTheCodeItWasTakenFrom() {
        assertThat(ReadmeSnippets.mismatches(Path.of("README.md"))).isEmpty();
    }
}

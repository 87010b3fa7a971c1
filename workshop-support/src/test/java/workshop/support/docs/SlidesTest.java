package workshop.support.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The decks under slides/ show code taken from the lessons, never retyped: each code block after a snippet marker
 * must be the tagged code it names, as it is now. (Rendering and the Chromium check run from slides/, with npm.)
 */
class SlidesTest {

    private static final Path DECKS = Path.of("..", "slides", "decks");

    @Test
    void everyDeckShowsTheCodeItClaimsToShow() throws IOException {
        List<Path> decks;
        try (Stream<Path> files = Files.list(DECKS)) {
            decks = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }

        assertThat(decks).as("decks in " + DECKS).hasSizeGreaterThanOrEqualTo(6);
        for (Path deck : decks) {
            assertThat(ReadmeSnippets.mismatches(deck)).as(deck.getFileName().toString()).isEmpty();
        }
        long snippets = decks.stream().mapToLong(SlidesTest::snippetCount).sum();
        assertThat(snippets).as("code snippets across the decks").isGreaterThanOrEqualTo(6);
    }

    private static long snippetCount(Path deck) {
        try (Stream<String> lines = Files.lines(deck)) {
            return lines.filter(line -> line.startsWith("<!-- snippet: ")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

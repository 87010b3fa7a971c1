package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.javalin.Javalin;

import workshop.support.docs.ReadmeSnippets;
import workshop.support.docs.ReadmeTranscripts.Replay;
import workshop.support.docs.ReadmeTranscripts;
import workshop.support.exercises.ProgressSample;

/** The README shows code that compiles and runs, and outputs the app really gives. */
class ReadmeTest {

    @Test
    void everySnippetMatchesTheCodeItWasTakenFrom() {
        assertThat(ReadmeSnippets.mismatches(Path.of("README.md"))).isEmpty();
    }

    @Test
    void theProgressSampleListsThisLessonsExercisesAndStubs() {
        assertThat(ProgressSample.mismatches(Path.of(""))).as("the README's sample of -Pprogress").isEmpty();
    }

    /**
     * Each session on a fresh app, as the README starts it: "(no cache)" with {@code -Dexec.args=none}, the other with
     * the default hand-made cache, which answers 501 on the stubs until exercises 1.1–1.4 are done (that session is
     * then only checked to be replayable).
     */
    @Test
    void theSessionsAreWhatTheAppAnswers() {
        boolean solutions = "solutions".equals(System.getProperty("workshop.mode"));
        Javalin withoutCache = ProductApiMain.app("none").start("127.0.0.1", 0);
        Javalin handMade = ProductApiMain.app("hand-made").start("127.0.0.1", 0);
        try {
            Map<String, Javalin> apps = solutions ? Map.of("no cache", withoutCache, "", handMade) : Map.of("no cache", withoutCache);
            assertThat(ReadmeTranscripts.mismatches(Path.of("README.md"), Replay.at((label, readmeBase) ->
                    apps.containsKey(label) ? "http://127.0.0.1:" + apps.get(label).port() : null)))
                    .as("the README's sample sessions, replayed against the app").isEmpty();
        } finally {
            withoutCache.stop();
            handMade.stop();
        }
    }
}

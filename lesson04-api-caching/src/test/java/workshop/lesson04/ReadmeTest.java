package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import workshop.support.docs.ReadmeSnippets;
import workshop.support.docs.ReadmeTranscripts;
import workshop.support.exercises.ProgressSample;
import workshop.support.junit.RealServers;
import workshop.support.servers.Servers;

/** The README shows code that compiles and runs, and the tour's output as the tour prints it. */
@RealServers
class ReadmeTest {

    @Test
    void everySnippetMatchesTheCodeItWasTakenFrom() {
        assertThat(ReadmeSnippets.mismatches(Path.of("README.md"))).isEmpty();
    }

    @Test
    void theProgressSampleListsThisLessonsExercisesAndStubs() {
        assertThat(ProgressSample.mismatches(Path.of(""))).as("the README's sample of -Pprogress").isEmpty();
    }

    @Test
    void theTourPrintsWhatTheReadmeShowsButForItsTimes(Servers servers) throws Exception {
        if (!"solutions".equals(System.getProperty("workshop.mode"))) {
            return; // on the stubs the API answers 501 until the exercises are done: the tour shows that instead
        }
        // No warm-up: it only makes the times smaller, and the times are not compared.
        assertThat(ReadmeTranscripts.outputMismatches(Path.of("README.md"), "tour", Tour.take(servers, "redis", 0)))
                .as("the tour's output, as the README shows it (times aside)").isEmpty();
    }
}

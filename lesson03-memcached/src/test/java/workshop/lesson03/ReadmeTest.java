package workshop.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.javalin.Javalin;

import workshop.support.docs.ReadmeSnippets;
import workshop.support.docs.ReadmeTranscripts;
import workshop.support.exercises.ProgressSample;
import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.testing.ClosingMemcachedClient;
import workshop.support.testing.FreshNamespace;

/** The README shows code that compiles and runs, and outputs the app really gives. */
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
    void theSessionUnderRunTheApiIsWhatTheAppAnswers(MemcachedServer memcached) {
        if (!"solutions".equals(System.getProperty("workshop.mode"))) {
            // On the stubs the app answers 501 until the exercises are done: check that the session can be replayed.
            assertThat(ReadmeTranscripts.unreplayable(Path.of("README.md"))).as("the README's sample session").isEmpty();
            return;
        }
        try (ClosingMemcachedClient client = ClosingMemcachedClient.of(memcached)) {
            Javalin app = WeatherApiMain.app(client.memcached(), FreshNamespace.inside(memcached)).start("127.0.0.1", 0);
            try {
                assertThat(ReadmeTranscripts.mismatches(Path.of("README.md"), "http://127.0.0.1:" + app.port()))
                        .as("the README's sample session, replayed against the app").isEmpty();
            } finally {
                app.stop();
            }
        }
    }
}

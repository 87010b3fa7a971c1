package workshop.lesson02;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.javalin.Javalin;
import redis.clients.jedis.RedisClient;

import workshop.support.docs.ReadmeSnippets;
import workshop.support.docs.ReadmeTranscripts;
import workshop.support.exercises.ProgressSample;
import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

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
    void theSessionUnderRunTheApiIsWhatTheAppAnswers(RedisServer redis) {
        if (!"solutions".equals(System.getProperty("workshop.mode"))) {
            // On the stubs the app answers 501 until the exercises are done: check that the session can be replayed.
            assertThat(ReadmeTranscripts.unreplayable(Path.of("README.md"))).as("the README's sample session").isEmpty();
            return;
        }
        try (RedisClient client = redis.newClient()) {
            // A window of a minute, not a second: what is checked is that the 21st request is refused, and a busy
            // machine may take more than a second for 25 requests.
            Javalin app = CatalogApiMain.app(client, Fixtures.freshKeys(redis), Duration.ofMinutes(1)).start("127.0.0.1", 0);
            try {
                // A person types these commands seconds apart: each gets a rate-limit window of its own here too.
                assertThat(ReadmeTranscripts.mismatches(Path.of("README.md"), "http://127.0.0.1:" + app.port(),
                        command -> Map.of("X-Client-Id", "readme-" + command)))
                        .as("the README's sample session, replayed against the app").isEmpty();
            } finally {
                app.stop();
            }
        }
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import workshop.support.docs.ReadmeSnippets;
import workshop.support.docs.ReadmeTranscripts.Replay;
import workshop.support.docs.ReadmeTranscripts;
import workshop.support.exercises.ProgressSample;
import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** The README shows code that compiles and runs, and outputs the apps really give. */
@RealServers
class ReadmeTest {

    /** The README's session: its fifth command reads on the second instance what the fourth wrote on the first. */
    private static final int READ_AFTER_THE_CHANGE = 5;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everySnippetMatchesTheCodeItWasTakenFrom() {
        assertThat(ReadmeSnippets.mismatches(Path.of("README.md"))).isEmpty();
    }

    @Test
    void theProgressSampleListsThisLessonsExercisesAndStubs() {
        assertThat(ProgressSample.mismatches(Path.of(""))).as("the README's sample of -Pprogress").isEmpty();
    }

    @Test
    void theSessionUnderTheApiIsWhatTwoInstancesAnswer(RedisServer redis) {
        if (!"solutions".equals(System.getProperty("workshop.mode"))) {
            // On the stubs the two-level cache (5.9) is not written yet: check that the session can be replayed.
            assertThat(ReadmeTranscripts.unreplayable(Path.of("README.md"))).as("the README's sample session").isEmpty();
            return;
        }
        Keys keys = Fixtures.freshKeys(redis);
        PriceService engine = new PriceService(PriceService.TYPICAL_LATENCY);
        try (PriceApiMain.Instance first = PriceApiMain.Instance.start(redis, keys, engine, "127.0.0.1", 0);
             PriceApiMain.Instance second = PriceApiMain.Instance.start(redis, keys, engine, "127.0.0.1", 0)) {
            String firstBase = "http://127.0.0.1:" + first.app().port();
            String secondBase = "http://127.0.0.1:" + second.app().port();
            Replay replay = Replay.at((label, readmeBase) -> readmeBase.endsWith(":7075") ? firstBase : secondBase)
                    .before(command -> {
                        if (command == READ_AFTER_THE_CHANGE) {
                            // A person types the next command seconds after the PUT; the invalidation travels by
                            // pub/sub and takes a moment. Reading until it has arrived changes no count: before, a
                            // read is a local hit; the first one after calls the engine, as the README's read would.
                            await().alias("the second instance to hear of the first one's PUT (pub/sub)").atMost(Duration.ofSeconds(10))
                                    .until(() -> body(secondBase + "/prices/42").contains("12000"));
                        }
                    });
            assertThat(ReadmeTranscripts.mismatches(Path.of("README.md"), replay))
                    .as("the README's sample session, replayed against two instances").isEmpty();
        }
    }

    private static String body(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}

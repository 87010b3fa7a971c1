package workshop.support.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTranscriptsTest {

    @Test
    void anEllipsisInAPromisedLineStandsForWhatVaries() {
        assertThat(ReadmeTranscripts.Curl.matches("Server-Timing: origin;dur=…", "Server-Timing: origin;dur=20.4")).isTrue();
        assertThat(ReadmeTranscripts.Curl.matches("{\"calls\":2,\"redis\":{…}}", "{\"calls\":2,\"redis\":{\"usedBytes\":1}}")).isTrue();
        assertThat(ReadmeTranscripts.Curl.matches("{\"calls\":2,\"redis\":{…}}", "{\"calls\":3,\"redis\":{\"usedBytes\":1}}")).isFalse();
        assertThat(ReadmeTranscripts.Curl.matches("X-Cache: HIT", "X-Cache: MISS")).isFalse();
    }

    @Test
    void aCommandGoesToTheAppOfTheBaseItNames() {
        Map<String, String> bases = Map.of("http://localhost:7075", "http://127.0.0.1:1", "http://localhost:7076", "http://127.0.0.1:2");

        assertThat(ReadmeTranscripts.Curl.parse("curl -s http://localhost:7076/prices/42   # a comment", bases).url())
                .isEqualTo("http://127.0.0.1:2/prices/42");
        assertThat(ReadmeTranscripts.Curl.parse("curl -s -X PUT http://localhost:7075/prices/42 -d '{\"priceCents\": 1}'", bases))
                .satisfies(curl -> {
                    assertThat(curl.url()).isEqualTo("http://127.0.0.1:1/prices/42");
                    assertThat(curl.method()).isEqualTo("PUT");
                    assertThat(curl.body()).isEqualTo("{\"priceCents\": 1}");
                });
    }

    @Test
    void aMarkerMayNameSeveralBasesAndALabel(@TempDir Path dir) throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), """
                <!-- transcript: http://localhost:7070 (no cache) -->
                ```
                $ curl -s http://localhost:7070/a
                ```
                <!-- transcript: http://localhost:7075 http://localhost:7076 -->
                ```
                $ curl -s http://localhost:7076/b
                $ curl -s http://localhost:7077/c
                ```
                """);

        assertThat(ReadmeTranscripts.unreplayable(readme)).singleElement().asString()
                .contains("README line 8").contains("a URL outside [http://localhost:7075, http://localhost:7076]");
    }

    @Test
    void aDemosOutputMayDifferOnlyInItsDecimalNumbers(@TempDir Path dir) throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), """
                <!-- output: tour -->
                ```
                #    request          status X-Cache time (ms)  why
                1    GET /products/42 200    MISS        23.32  first read
                2    GET /products/42 200    HIT          1.45  second read
                ```
                """);

        assertThat(ReadmeTranscripts.outputMismatches(readme, "tour", List.of(
                "#    request          status X-Cache time (ms)  why",
                "1    GET /products/42 200    MISS       102.10  first read",
                "2    GET /products/42 200    HIT          0.99  second read"))).isEmpty();
        assertThat(ReadmeTranscripts.outputMismatches(readme, "tour", List.of(
                "#    request          status X-Cache time (ms)  why",
                "1    GET /products/42 200    MISS        23.32  first read",
                "2    GET /products/42 200    MISS         1.45  second read")))
                .singleElement().asString().contains("line 3").contains("HIT").contains("MISS");
        assertThat(ReadmeTranscripts.outputMismatches(readme, "another", List.of())).singleElement().asString()
                .contains("no <!-- output: another --> marker");
    }
}

package workshop.support.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeSnippetsTest {

    private static final String SOURCE = """
            class Greeter {
                // tag::greet[]
                String greet(String name) {
                    return "Hello, " + name;
                }
                // end::greet[]
            }
            """;

    @Test
    void aSnippetThatMatchesItsSourceIsFine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Greeter.java"), SOURCE);
        Path readme = Files.writeString(dir.resolve("README.md"), """
                Text.
                <!-- snippet: Greeter.java#greet -->
                ```java
                String greet(String name) {
                    return "Hello, " + name;
                }
                ```
                """);

        assertThat(ReadmeSnippets.mismatches(readme)).isEmpty();
    }

    @Test
    void aSnippetThatDriftedFromItsSourceIsReportedAndCanBeRefreshed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Greeter.java"), SOURCE);
        Path readme = Files.writeString(dir.resolve("README.md"), """
                <!-- snippet: Greeter.java#greet -->
                ```java
                String greet(String name) { return "Hi"; }
                ```
                """);

        assertThat(ReadmeSnippets.mismatches(readme)).singleElement().asString()
                .contains("README line 1").contains("Greeter.java#greet differs from its source");

        ReadmeSnippets.update(readme);

        assertThat(ReadmeSnippets.mismatches(readme)).isEmpty();
        assertThat(Files.readString(readme)).contains("return \"Hello, \" + name;");
    }

    @Test
    void aSnippetOfAMissingFileOrTagIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Greeter.java"), SOURCE);
        Path readme = Files.writeString(dir.resolve("README.md"), """
                <!-- snippet: Missing.java -->
                ```java
                ```
                <!-- snippet: Greeter.java#nope -->
                ```java
                ```
                """);

        assertThat(ReadmeSnippets.mismatches(readme))
                .anySatisfy(problem -> assertThat(problem).contains("Missing.java does not exist"))
                .anySatisfy(problem -> assertThat(problem).contains("no // tag::nope[]"));
    }
}

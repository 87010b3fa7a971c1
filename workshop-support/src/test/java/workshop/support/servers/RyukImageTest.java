package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The pre-pull command and the Ryuk check must name the image this Testcontainers really starts. */
class RyukImageTest {

    @Test
    void theRyukImageIsTheOneTestcontainersStarts() throws IOException {
        String ryukContainer;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/testcontainers/utility/RyukContainer.class")) {
            assertThat(in).as("Testcontainers' RyukContainer class").isNotNull();
            ryukContainer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Matcher image = Pattern.compile("testcontainers/ryuk:[0-9][0-9A-Za-z.\\-]*").matcher(ryukContainer);

        assertThat(image.find()).as("an image name in RyukContainer").isTrue();
        assertThat(Docker.RYUK_IMAGE).as("Docker.RYUK_IMAGE, after a Testcontainers upgrade").isEqualTo(image.group());
    }
}

package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Decompressing what a cache hands back is decompressing input: a crafted value must not inflate without bound. */
@DisplayName("Exercise 5.5: Memory limits, eviction and compression")
class ValueCodecLimitTest {

    /** The limit the solution keeps (LIMIT): 8 MiB, far above any value worth caching. */
    private static final int LIMIT = 8 * 1024 * 1024;

    @Test
    void aValueThatInflatesPastTheLimitIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 4 * (LIMIT / zeros.length); i++) {
                gzip.write(zeros); // four times the limit, in a few dozen kilobytes
            }
        }
        String bomb = "z" + Base64.getEncoder().encodeToString(bytes.toByteArray());

        // Caught, then described: assertThatThrownBy fails before its description applies when nothing is thrown.
        Throwable thrown = catchThrowable(() -> new ValueCodec(1_024).decode(bomb));
        if (thrown instanceof UnsupportedOperationException notDoneYet) {
            throw notDoneYet;
        }

        assertThat(thrown).as("5.5 must refuse (IllegalArgumentException) a value that inflates past MAX_DECODED_BYTES, not"
                        + " read it whole: this one inflates to 4 x %d bytes, and decode answered instead of refusing", LIMIT)
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package workshop.lesson05;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Exercise 5.5, part two: large values compressed before they are cached. Memory is the cache's budget; JSON
 * compresses well. Small values stay as they are: compressing them costs CPU and can even make them larger.
 * A one-character marker says which form a value is in, so the two can be told apart on the way back.
 */
public final class ValueCodec {

    /** No cached value is this large; a value that inflates past it is a "zip bomb", refused before it fills the heap. */
    public static final int MAX_DECODED_BYTES = 8 * 1024 * 1024;

    private static final String PLAIN = "p";
    private static final String GZIPPED = "z";

    private final int threshold;

    /** @param threshold values of more characters than this are compressed */
    public ValueCodec(int threshold) {
        this.threshold = threshold;
    }

    public String encode(String value) {
        if (value.length() <= threshold) {
            return PLAIN + value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(value.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compress a value", e);
        }
        return GZIPPED + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    public String decode(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }

        byte[] compressed = Base64.getDecoder().decode(stored.substring(GZIPPED.length()));
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            // Read at most one byte past the limit: a crafted value (kilobytes that inflate to gigabytes) stops here.
            byte[] value = gunzip.readNBytes(MAX_DECODED_BYTES + 1);
            if (value.length > MAX_DECODED_BYTES) {
                throw new IllegalArgumentException("A compressed value inflates past " + MAX_DECODED_BYTES + " bytes: refused");
            }
            return new String(value, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot decompress a value", e);
        }
    }
}

package workshop.lesson04;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A response as it goes on the wire: the body's bytes, rendered once, and the two validators HTTP compares with a
 * client's copy, made once with it. Serving it again costs no JSON parsing, no JSON writing, no hashing.
 * (A record holding an array compares it by identity: these are compared by their ETag, never by equals.)
 */
public record RenderedResponse(byte[] body, String etag, Instant lastModified) {

    public RenderedResponse {
        if (body == null || etag == null || lastModified == null) {
            throw new IllegalArgumentException("a rendered response needs a body, an ETag and a Last-Modified time");
        }
        // HTTP dates have whole seconds: keep what the client will send back, so that comparisons are exact.
        lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Renders a JSON body once: its bytes, a strong ETag (the SHA-256 of the bytes), and when it was made. */
    public static RenderedResponse of(String json, Instant renderedAt) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new RenderedResponse(body, "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"", renderedAt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}

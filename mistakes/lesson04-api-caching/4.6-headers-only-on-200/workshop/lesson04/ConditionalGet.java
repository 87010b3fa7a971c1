package workshop.lesson04;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Exercise 4.6: HTTP's own caching (RFC 9111). {@code Cache-Control: public, max-age=60} lets browsers and proxies
 * keep a response for a minute without asking; after that, they ask with {@code If-None-Match: <the ETag>}, and an
 * unchanged response costs a {@code 304 Not Modified} with no body.
 */
public final class ConditionalGet {

    private final Duration maxAge;

    public ConditionalGet(Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** A strong ETag for a body: its SHA-256, quoted (the quotes are part of an ETag's syntax). */
    public static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Answers 200 with the JSON, or 304 with no body when the client already has this very version. */
    public void respond(Context ctx, String json) {
        String etag = etag(json);
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.header("Cache-Control", "public, max-age=" + maxAge.toSeconds());
        ctx.header("ETag", etag);
        ctx.contentType("application/json").result(json);
    }

    /** If-None-Match may be "*", or a list of ETags, some weak (W/"..."): GET compares them weakly. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}

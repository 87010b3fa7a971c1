package workshop.lesson04;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Exercise 4.10: answering from a stored response with its stored validators. A {@code 304 Not Modified} then costs
 * a comparison of two short strings, not the body it replaces: nothing is read, parsed, written or hashed to say
 * "you have it". Two validators: {@code ETag} (a version tag) and {@code Last-Modified} (a time, in whole seconds).
 */
public final class Revalidation {

    private final String cacheControl;

    public Revalidation(CacheControl cacheControl) {
        this.cacheControl = cacheControl.header();
    }

    /** Answers 200 with the stored bytes, or 304 with no body when the client's copy is still this version. */
    public void respond(Context ctx, RenderedResponse response) {
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", response.etag());
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(response.lastModified().atZone(ZoneOffset.UTC)));
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), response)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType("application/json").result(response.body());
    }

    /**
     * If-None-Match decides when it is there ("*", or a list of tags, weak ones compared without their W/); only
     * without it does If-Modified-Since count (RFC 9110, 13.2.2): an ETag is exact, a time has whole seconds.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, RenderedResponse response) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::trim)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(response.etag()));
        }
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return response.lastModified().isBefore(since);
        } catch (DateTimeException notADate) {
            return false; // an invalid date is ignored (RFC 9110): the full answer
        }
    }
}

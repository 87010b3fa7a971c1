package workshop.lesson04;

import java.time.Duration;

import io.javalin.http.Context;

import workshop.support.exercises.Todo;

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

    /** A strong ETag for a body: the hex SHA-256 of its UTF-8 bytes, in double quotes (part of an ETag's syntax). */
    public static String etag(String body) {
        throw Todo.exercise("4.6", "implement ConditionalGet.etag(body): a quoted SHA-256 of the body");
    }

    /**
     * Sets {@code Cache-Control: public, max-age=<seconds>} and {@code ETag}; then, if the request's If-None-Match
     * matches the ETag, answers 304 with no body; else 200 with the JSON ({@code ctx.contentType(...).result(json)}).
     * If-None-Match may be "*", or a comma-separated list of ETags, some weak ({@code W/"..."}): for a GET, compare
     * them without the {@code W/}.
     */
    public void respond(Context ctx, String json) {
        throw Todo.exercise("4.6", "implement ConditionalGet.respond(ctx, json): Cache-Control, ETag, and 304 on a matching If-None-Match");
    }
}

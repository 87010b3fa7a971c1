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

    /**
     * A strong ETag for a body: the same body always gets the same tag, another body another, in the syntax HTTP
     * requires. README: "Exercise 4.6"; hints: {@code hints/4.6.md}.
     */
    public static String etag(String body) {
        throw Todo.exercise("4.6", "implement ConditionalGet.etag(body): one version tag per body, in ETag syntax");
    }

    /**
     * Lets every browser and proxy keep the response for {@code maxAge}, names its version, and answers "not modified"
     * with no body when the client already has that version (in any form RFC 9111 allows a GET to say so).
     * README: "Exercise 4.6"; hints: {@code hints/4.6.md}.
     */
    public void respond(Context ctx, String json) {
        throw Todo.exercise("4.6", "implement ConditionalGet.respond(ctx, json): cacheable for max-age, with a version tag, and 304 when the client has that version");
    }
}

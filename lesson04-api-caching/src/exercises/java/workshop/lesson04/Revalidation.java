package workshop.lesson04;

import io.javalin.http.Context;

import workshop.support.exercises.Todo;

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

    /**
     * Exercise 4.10: sends the caching policy and both validators of the stored response, and answers "not modified"
     * with no body when {@link #notModified} says the client's copy is current, else the stored bytes as JSON.
     * README: "Exercise 4.10"; hints: {@code hints/4.10.md}.
     */
    public void respond(Context ctx, RenderedResponse response) {
        throw Todo.exercise("4.10", "implement Revalidation.respond(ctx, response): the policy, the stored validators, and 304 or the stored bytes");
    }

    /**
     * Exercise 4.10: whether a client that sent these conditional headers (either may be null) already has this
     * response, read as RFC 9110 says a GET reads them: which of the two decides when both are sent, which forms a
     * tag may take, what an unreadable date means. README: "Exercise 4.10"; hints: {@code hints/4.10.md}.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, RenderedResponse response) {
        throw Todo.exercise("4.10", "implement Revalidation.notModified(ifNoneMatch, ifModifiedSince, response): does the client already have this version?");
    }
}

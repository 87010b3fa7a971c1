package workshop.support.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;

/**
 * How every lesson's API answers what goes wrong, decided once: always JSON {@code {"error": "..."}}, and a status
 * that says whose fault it is — 400 for a bad request (with what to fix), 404 for an unknown endpoint, 405 for a
 * known path asked with the wrong method, 501 for an exercise not done yet (with which one), 500 for a bug (logged,
 * never echoed to the client). Jetty's own answers from below Javalin (413, 414, 431, a request it cannot parse)
 * are JSON too.
 */
public final class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    /** The request itself is wrong: 400, with a message that says how. */
    public static final class BadRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public BadRequest(String message) {
            super(message);
        }
    }

    /** Registers the answers above; a lesson adds its own (e.g. 503 when a store is down) next to them. */
    public static void install(JavalinConfig config) {
        config.http.prefer405over404 = true;
        JsonErrorHandler jettyErrors = new JsonErrorHandler();
        config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
        // Javalin's own refusals (405 with the methods the path takes, 413 for a body over its limit...).
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
                ctx.header("Allow", String.join(", ", e.getDetails().values()));
            }
            error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage() + (e.getDetails().isEmpty() ? "" : " " + e.getDetails()));
        });
        config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        config.routes.exception(EndpointNotFound.class, (e, ctx) ->
                error(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path()));
        // An exercise not done yet: say which one, instead of a bare 500.
        config.routes.exception(UnsupportedOperationException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_IMPLEMENTED, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "unexpected error: the server's log has the details");
        });
    }

    public static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    /** A path's id: a positive whole number, or a 400 that says so. */
    public static long positiveId(String what, String text) {
        try {
            long id = Long.parseLong(text);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same answer as a negative id
        }
        throw new BadRequest(what + " must be a positive whole number, was \"" + text + "\"");
    }
}

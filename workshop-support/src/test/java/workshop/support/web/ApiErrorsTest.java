package workshop.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.javalin.Javalin;

/**
 * Every error the HTTP server can produce is the workshop's JSON, Jetty's own included: asked over a raw socket,
 * so that nothing tidies the request up before Jetty sees it.
 */
class ApiErrorsTest {

    private Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 1_000;
            config.routes.get("/things/{id}", ctx -> ctx.result("thing " + ctx.pathParam("id")));
            config.routes.post("/things", ctx -> ctx.result("got " + ctx.body().length()));
            ApiErrors.install(config);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
            socket.setSoTimeout(60_000); // a safety net for a hung server, not a timing: a busy machine can take seconds
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String get(String target, String extraHeaders) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    }

    private static void assertJsonError(String response, int status, String words) {
        assertThat(response).as("the status line").startsWith("HTTP/1.1 " + status + " ");
        assertThat(response.toLowerCase()).as("the content type").contains("content-type: application/json");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertThat(body).as("the body").startsWith("{\"error\":\"").endsWith("\"}").containsIgnoringCase(words);
    }

    @Test
    void aWrongMethodOnAKnownPathIs405WithTheAllowedMethods() throws IOException {
        String response = exchange("DELETE /things/1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertJsonError(response, 405, "method not allowed");
        assertThat(response).contains("Allow: GET");
    }

    @Test
    void anUnknownPathIsStill404() throws IOException {
        assertJsonError(exchange(get("/nothing-here", "")), 404, "no such endpoint");
    }

    @Test
    void aUriTooLongIs414Json() throws IOException {
        assertJsonError(exchange(get("/things/" + "x".repeat(20_000), "")), 414, "uri too long");
    }

    @Test
    void headersTooLargeAre431Json() throws IOException {
        assertJsonError(exchange(get("/things/1", "X-Big: " + "y".repeat(20_000) + "\r\n")), 431, "header fields too large");
    }

    @Test
    void aRequestJettyCannotParseIs400Json() throws IOException {
        assertJsonError(exchange("GET /things/1 HTTP/1.1\r\nHost: localhost\r\nBroken header line\r\n\r\n"), 400, "bad request");
    }

    @Test
    void aBodyOverTheLimitIs413Json() throws IOException {
        String body = "z".repeat(5_000);
        String response = exchange("POST /things HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);

        assertJsonError(response, 413, "too large");
    }
}

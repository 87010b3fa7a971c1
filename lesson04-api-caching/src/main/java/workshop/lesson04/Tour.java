package workshop.lesson04;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.javalin.Javalin;

import workshop.support.servers.Servers;

/**
 * A guided tour: starts real servers and the API, sends a scripted series of requests, and prints what happened
 * to each — status, X-Cache, and how long it took — so the cache's effect is on one screen. Run it as the lesson's
 * README shows; {@code -Dexec.args=memcached} tours the same API on Memcached.
 */
public final class Tour {

    /** One step: what to send (it may use what earlier answers said), and why. */
    private record Step(String why, Function<Tour, HttpRequest> request) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String etag = "";
    private String token = "";

    /** Enough rounds of every path for the JIT compiler to have compiled them before anything is timed. */
    private static final int WARM_UP_ROUNDS = 300;

    private Tour(int port) {
        this.base = "http://localhost:" + port;
    }

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "redis";
        try (Servers servers = new Servers()) {
            take(servers, store, WARM_UP_ROUNDS).forEach(System.out::println);
        }
    }

    /**
     * Starts the API on these servers, warms it up, takes the tour and stops the API: the lines to print, which the
     * README shows (its ReadmeTest checks them, but for the times).
     */
    static List<String> take(Servers servers, String store, int warmUpRounds) throws Exception {
        List<Runnable> onStop = new ArrayList<>();
        Javalin app = CatalogApiMain.app(servers, store, ProductDatabase.withSampleProducts(1_000, ProductDatabase.TYPICAL_LATENCY),
                new WeatherService(WeatherService.TYPICAL_LATENCY), new ProductSearch(ProductSearch.TYPICAL_LATENCY), onStop).start(0);
        try {
            Tour tour = new Tour(app.port());
            tour.warmUp(warmUpRounds);
            return tour.run(store);
        } finally {
            app.stop();
            onStop.forEach(Runnable::run);
        }
    }

    private List<String> run(String store) throws Exception {
        List<Step> steps = List.of(
                new Step("first read: the database (20 ms)", tour -> tour.get("/products/42")),
                new Step("second read: the cache", tour -> tour.get("/products/42")),
                new Step("revalidate with the ETag: no body", tour -> tour.get("/products/42", "If-None-Match", tour.etag)),
                new Step("write: the database, then the cache", tour -> tour.put("/products/42", "{\"name\":\"Espresso cup\",\"priceCents\":1200}")),
                new Step("read after write: the new value", tour -> tour.get("/products/42")),
                new Step("slow upstream (100 ms)", tour -> tour.get("/weather/Oslo")),
                new Step("cached per city", tour -> tour.get("/weather/oslo")),
                new Step("search (50 ms)", tour -> tour.get("/search?q=product&category=kitchen")),
                new Step("same search, other spelling", tour -> tour.get("/search?Category=Kitchen&q=Product")),
                new Step("log in: a session in Redis", tour -> tour.post("/login", "{\"user\":\"alice\",\"password\":\"wonderland\"}")),
                new Step("the session's user (no-store)", tour -> tour.get("/profile", "Authorization", "Bearer " + tour.token)),
                new Step("log out", tour -> tour.post("/logout", "", "Authorization", "Bearer " + tour.token)),
                new Step("the session is gone", tour -> tour.get("/profile", "Authorization", "Bearer " + tour.token)),
                new Step("bad input: a JSON error", tour -> tour.get("/products/abc")));

        List<String> lines = new ArrayList<>();
        lines.add(String.format("Tour of the catalog API, caching in %s", store));
        lines.add("");
        lines.add(String.format("%-4s %-46s %-6s %-7s %9s  %s", "#", "request", "status", "X-Cache", "time (ms)", "why"));
        for (int i = 0; i < steps.size(); i++) {
            HttpRequest request = steps.get(i).request().apply(this);
            long begin = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - begin) / 1_000_000.0;
            response.headers().firstValue("ETag").ifPresent(value -> etag = value);
            if (response.body().contains("\"token\"")) {
                token = Json.read(response.body(), TokenAnswer.class).token();
            }
            String target = request.method() + " " + request.uri().getRawPath()
                    + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
            lines.add(String.format(Locale.ROOT, "%-4d %-46s %-6d %-7s %9.2f  %s", i + 1, target, response.statusCode(),
                    response.headers().firstValue("X-Cache").orElse("-"), millis, steps.get(i).why()));
        }
        return lines;
    }

    /**
     * A fresh JVM runs new code slowly until the JIT compiler has seen it run: a first cache hit takes milliseconds,
     * a warm one a fraction of one. Exercise every path a few hundred times, on other keys, before timing anything.
     */
    private void warmUp(int rounds) throws Exception {
        List<HttpRequest> paths = List.of(get("/products/7"), get("/weather/Lima"), get("/search?q=warm"),
                get("/profile", "Authorization", "Bearer " + "x".repeat(43)), get("/products/abc"));
        for (int round = 0; round < rounds; round++) {
            for (HttpRequest request : paths) {
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /** The body of a login's answer. */
    private record TokenAnswer(String token) {
    }

    private HttpRequest get(String path, String... headers) {
        return request(path, headers).GET().build();
    }

    private HttpRequest put(String path, String body) {
        return request(path).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest post(String path, String body, String... headers) {
        return request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (!headers[i + 1].isBlank()) {
                builder.header(headers[i], headers[i + 1]);
            }
        }
        return builder;
    }
}

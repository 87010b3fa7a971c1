package workshop.lesson04;

import static workshop.support.web.ApiErrors.error;
import static workshop.support.web.ApiErrors.positiveId;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import workshop.support.web.ApiErrors;
import workshop.support.web.ApiErrors.BadRequest;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The catalog API, each part cached its own way through the {@link Cache} port (Redis or Memcached behind it):
 *
 * <pre>
 * GET  /products/{id}     cache-aside (4.2), unknown ids remembered briefly (4.9); with HTTP caching (4.6): Cache-Control, ETag, 304; or, in the app, a
 *                         rendered response kept in-process (ResponseCache), answered with stored validators:
 *                         ETag, Last-Modified, s-maxage, stale-while-revalidate, stale-if-error, 304 (4.10)
 * PUT  /products/{id}     {"name": "...", "priceCents": 1234}: the database, then the cache (4.3)
 * GET  /weather/{city}    a slow upstream, cached per city for a TTL (4.4)
 * GET  /search?q=cup&category=kitchen&maxPrice=2000&sort=price   cached under a canonical query (4.7)
 * POST /login  {"user": "alice", "password": "wonderland"}  →  {"token": "..."}   sessions in Redis (4.5); in the
 *                         app with an absolute lifetime, and a new token that ends the one sent with the login (4.11)
 * GET  /profile           with "Authorization: Bearer &lt;token&gt;"
 * POST /logout            with "Authorization: Bearer &lt;token&gt;"
 * GET  /metrics           what the caches did, in the Prometheus text format (CacheMetrics)
 * </pre>
 *
 * Reads say what the cache did ({@code X-Cache: HIT | MISS | BYPASS}); anything tied to a user says
 * {@code Cache-Control: no-store}. Bad input gets a 400 with a JSON error; a cache that is down never fails a read
 * (the origin answers); sessions, which live only in Redis, answer 503 while it is down.
 */
public final class CatalogApi {

    /** What the API stands on; collaborators left out have no routes. */
    public record Collaborators(CachedProducts products, Optional<ConditionalGet> httpCaching, Optional<CachedWeather> weather,
                        Optional<CachedSearch> search, Optional<SessionStore> sessions, Optional<ResponseCache> responses,
                        Optional<Revalidation> revalidation, Optional<CacheMetrics> metrics,
                        Optional<NegativeCachedProducts> negativeCaching) {

        public static Collaborators of(CachedProducts products) {
            return new Collaborators(products, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        public Collaborators withHttpCaching(ConditionalGet conditionalGet) {
            return new Collaborators(products, Optional.of(conditionalGet), weather, search, sessions, responses, revalidation, metrics, negativeCaching);
        }

        public Collaborators withWeather(CachedWeather cachedWeather) {
            return new Collaborators(products, httpCaching, Optional.of(cachedWeather), search, sessions, responses, revalidation, metrics, negativeCaching);
        }

        public Collaborators withSearch(CachedSearch cachedSearch) {
            return new Collaborators(products, httpCaching, weather, Optional.of(cachedSearch), sessions, responses, revalidation, metrics, negativeCaching);
        }

        public Collaborators withSessions(Sessions userSessions) {
            return new Collaborators(products, httpCaching, weather, search, Optional.of(SessionStore.sliding(userSessions)), responses,
                    revalidation, metrics, negativeCaching);
        }

        /** Sessions with an absolute lifetime, and a new token at every login that ends the one sent with it (4.11). */
        public Collaborators withBoundedSessions(BoundedSessions userSessions) {
            return new Collaborators(products, httpCaching, weather, search, Optional.of(SessionStore.bounded(userSessions)), responses,
                    revalidation, metrics, negativeCaching);
        }

        /**
         * Unknown ids answered from the cache for a while (4.9): product reads and writes go through it. With
         * {@link #withResponses}, build the response cache on it too ({@code ResponseCache.rendering(negative::find, …)}).
         */
        public Collaborators withNegativeCaching(NegativeCachedProducts negative) {
            return new Collaborators(products, httpCaching, weather, search, sessions, responses, revalidation, metrics,
                    Optional.of(negative));
        }

        /** A product read: through 4.9's negative cache when there is one, else 4.2's cache-aside. */
        Lookup<Product> find(long id) {
            return negativeCaching.isPresent() ? negativeCaching.get().find(id) : products.find(id);
        }

        /** A product write: 4.3's write-through, and through 4.9 so that the id is no longer "not found". */
        void update(Product product) {
            if (negativeCaching.isPresent()) {
                negativeCaching.get().update(product);
            } else {
                products.update(product);
            }
        }

        /** Products served from rendered responses kept in this process (a hit: stored bytes, stored validators). */
        public Collaborators withResponses(ResponseCache responseCache) {
            metrics.ifPresent(counted -> counted.monitor(responseCache));
            return new Collaborators(products, httpCaching, weather, search, sessions, Optional.of(responseCache), revalidation, metrics, negativeCaching);
        }

        /** Rendered responses answered with their stored validators: 304 without rebuilding a body (4.10). */
        public Collaborators withRevalidation(Revalidation stored) {
            return new Collaborators(products, httpCaching, weather, search, sessions, responses, Optional.of(stored), metrics, negativeCaching);
        }

        /** Counts what the caches did, served in the Prometheus text format on GET /metrics. */
        public Collaborators withMetrics(CacheMetrics cacheMetrics) {
            responses.ifPresent(cacheMetrics::monitor);
            return new Collaborators(products, httpCaching, weather, search, sessions, responses, revalidation, Optional.of(cacheMetrics), negativeCaching);
        }

        /** Counts a response body built on the request's path (4.6's path builds one for every 200 and every 304). */
        void bodyBuilt(String cache) {
            metrics.ifPresent(counted -> counted.bodyBuilt(cache));
        }

        /** Says what the cache did, in the X-Cache header and in the metrics. */
        void outcome(Context ctx, String cache, CacheOutcome outcome) {
            ctx.header("X-Cache", outcome.header());
            metrics.ifPresent(counted -> counted.record(cache, outcome));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CITY = Pattern.compile("[A-Za-z][A-Za-z -]{0,49}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Set<String> SEARCH_PARAMETERS = Set.of("q", "category", "maxprice", "sort");

    private CatalogApi() {
    }

    public static Javalin create(Collaborators collaborators) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/products/{id}", ctx -> product(ctx, collaborators));
            config.routes.put("/products/{id}", ctx -> {
                Product product = product(positiveId("product id", ctx.pathParam("id")), ctx.body());
                collaborators.update(product);
                collaborators.responses().ifPresent(responses -> responses.invalidate(product.id()));
                ctx.json(product);
            });
            collaborators.weather().ifPresent(weather -> config.routes.get("/weather/{city}", ctx -> {
                Lookup<Weather> lookup = weather.find(city(ctx.pathParam("city")));
                collaborators.outcome(ctx, "weather", lookup.outcome());
                ctx.json(lookup.value().orElseThrow());
            }));
            collaborators.search().ifPresent(search -> config.routes.get("/search", ctx -> {
                Lookup<?> lookup = search.search(searchParameters(ctx));
                collaborators.outcome(ctx, "search", lookup.outcome());
                ctx.json(lookup.value().orElseThrow());
            }));
            collaborators.metrics().ifPresent(metrics -> config.routes.get("/metrics",
                    ctx -> ctx.contentType(CacheMetrics.contentType()).result(metrics.scrape())));
            collaborators.sessions().ifPresent(sessions -> sessionRoutes(config, sessions));
            ApiErrors.install(config);
            config.routes.exception(Unauthorized.class, (e, ctx) -> {
                ctx.header("Cache-Control", "no-store").header("WWW-Authenticate", "Bearer");
                error(ctx, HttpStatus.UNAUTHORIZED, e.getMessage());
            });
            config.routes.exception(JedisException.class, (e, ctx) -> {
                ctx.header("Retry-After", "5");
                error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "sessions are unavailable: their store does not answer");
            });
        });
    }

    private static void product(Context ctx, Collaborators collaborators) {
        long id = positiveId("product id", ctx.pathParam("id"));
        if (collaborators.responses().isPresent()) {
            renderedProduct(ctx, collaborators, collaborators.responses().get(), id);
            return;
        }
        Lookup<Product> lookup = collaborators.find(id);
        collaborators.outcome(ctx, "products", lookup.outcome());
        if (lookup.value().isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "no product with id " + ctx.pathParam("id"));
            return;
        }
        String json = Json.write(lookup.value().get());
        collaborators.bodyBuilt("products");
        if (collaborators.httpCaching().isPresent()) {
            collaborators.httpCaching().get().respond(ctx, json);
        } else {
            ctx.contentType("application/json").result(json);
        }
    }

    // tag::rendered[]
    /** The hit path of a cached response: headers and stored bytes, nothing parsed, written or hashed. */
    private static void renderedProduct(Context ctx, Collaborators collaborators, ResponseCache responses, long id) {
        Lookup<RenderedResponse> lookup = responses.get(id);
        collaborators.outcome(ctx, "products", lookup.outcome());
        if (lookup.value().isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "no product with id " + id);
            return;
        }
        if (collaborators.revalidation().isPresent()) {
            collaborators.revalidation().get().respond(ctx, lookup.value().get());
        } else {
            ctx.contentType("application/json").result(lookup.value().get().body());
        }
    }
    // end::rendered[]

    // tag::sessions[]
    /** Everything tied to a user says Cache-Control: no-store: no browser or proxy may keep a copy. */
    private static void sessionRoutes(JavalinConfig config, SessionStore sessions) {
        config.routes.post("/login", ctx -> {
            JsonNode body = json(ctx.body());
            String user = Users.authenticate(body.path("user").asText(null), body.path("password").asText(null))
                    .orElseThrow(() -> new Unauthorized("unknown user or wrong password"));
            // The session the client came with, if any: a login must not keep it (4.11 ends it; 4.5 leaves it alone).
            ctx.header("Cache-Control", "no-store").json(Map.of("token", sessions.login(user, presentedToken(ctx))));
        });
        config.routes.get("/profile", ctx -> {
            String user = sessions.user(token(ctx)).orElseThrow(() -> new Unauthorized("no such session: log in again"));
            ctx.header("Cache-Control", "no-store").json(Map.of("user", user));
        });
        config.routes.post("/logout", ctx -> {
            sessions.logout(token(ctx));
            ctx.header("Cache-Control", "no-store").status(HttpStatus.NO_CONTENT);
        });
    }
    // end::sessions[]

    /** The bearer token, checked for its shape before Redis ever sees it: anything else is a 401. */
    private static String token(Context ctx) {
        return presentedToken(ctx).orElseThrow(() -> new Unauthorized("send your session as \"Authorization: Bearer <token>\""));
    }

    /** The bearer token the request carries, if it has the shape of one. */
    private static Optional<String> presentedToken(Context ctx) {
        String authorization = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String token = authorization.startsWith("Bearer ") ? authorization.substring("Bearer ".length()).strip() : "";
        return TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }

    static String city(String text) {
        if (text == null || !CITY.matcher(text.strip()).matches()) {
            throw new BadRequest("city must be 1 to 50 ASCII letters, spaces or hyphens, was \"" + text + "\"");
        }
        return text.strip();
    }

    /**
     * The search's parameters, checked and tidied once: names lower-cased, values trimmed with runs of spaces as one.
     * The search engine gets exactly these, so what it answers depends only on what the cache key is made of. An
     * unknown or repeated parameter is a 400, not a new cache entry.
     */
    static Map<String, String> searchParameters(Context ctx) {
        Map<String, String> parameters = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!SEARCH_PARAMETERS.contains(key) || values.size() != 1 || values.get(0).length() > 100 || parameters.containsKey(key)) {
                throw new BadRequest("search takes q, category, maxPrice and sort, once each, each at most 100 characters");
            }
            parameters.put(key, values.get(0).strip().replaceAll("\\s+", " "));
        });
        String category = parameters.getOrDefault("category", "").strip().toLowerCase(Locale.ROOT);
        if (!category.isEmpty() && !ProductSearch.CATEGORIES.contains(category)) {
            throw new BadRequest("category must be one of " + ProductSearch.CATEGORIES);
        }
        String sort = parameters.getOrDefault("sort", "name").strip().toLowerCase(Locale.ROOT);
        if (!sort.equals("name") && !sort.equals("price")) {
            throw new BadRequest("sort must be name or price");
        }
        if (parameters.containsKey("maxprice") && !parameters.get("maxprice").matches("\\d{1,9}")) {
            throw new BadRequest("maxPrice must be a whole number of cents");
        }
        return parameters;
    }

    /** A PUT body: {"name": "...", "priceCents": 1234}, nothing else; the id comes from the path. */
    static Product product(long id, String body) {
        JsonNode json = json(body);
        if (!json.isObject() || !json.path("name").isTextual() || !json.path("priceCents").isIntegralNumber()
                || !json.path("priceCents").canConvertToLong() || json.size() != 2) {
            throw new BadRequest("the body must have exactly a text \"name\" and a whole number \"priceCents\"");
        }
        try {
            return new Product(id, json.get("name").asText(), json.get("priceCents").asLong());
        } catch (IllegalArgumentException invalid) {
            throw new BadRequest(invalid.getMessage());
        }
    }

    private static JsonNode json(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw new BadRequest("the body must be JSON");
            }
            return json;
        } catch (BadRequest e) {
            throw e;
        } catch (Exception notJson) {
            throw new BadRequest("the body must be JSON, e.g. {\"name\": \"Espresso cup\", \"priceCents\": 1200}");
        }
    }

    /** No valid session: 401. */
    static final class Unauthorized extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unauthorized(String message) {
            super(message);
        }
    }
}

package workshop.lesson02;

import static workshop.support.web.ApiErrors.error;
import static workshop.support.web.ApiErrors.positiveId;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import workshop.support.metrics.CacheRequestMetrics;
import workshop.support.web.ApiErrors;
import workshop.support.web.ApiErrors.BadRequest;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The catalog API, each endpoint backed by the Redis structure its exercise builds:
 *
 * <pre>
 * GET  /products/{id}?viewer=alice      a product, cache-aside in Redis (2.1); records the view (2.3, 2.4)
 * GET  /products?ids=1,2,3              several products in one round trip (2.6)
 * GET  /products/{id}/visitors          unique visitors (2.4)
 * GET  /users/{user}/recently-viewed    newest first, at most 5 (2.3)
 * GET  /tags/{tags}                     products carrying every tag, e.g. /tags/coffee,kitchen (2.4)
 * POST /products/{id}/purchases?quantity=2   stock down, top sellers up, in one optimistic transaction (2.12);
 *                                       409 when the stock is short
 * GET  /top-sellers?limit=3             the leaderboard (2.5)
 * GET  /metrics                         product reads by X-Cache (hit, miss, bypass) and the hit ratio, as Prometheus text
 * </pre>
 *
 * With a rate limiter (2.7), a client over its limit gets 429. Bad input gets 400 with a JSON error; a Redis that
 * is unavailable never breaks a product read (the database answers, marked {@code X-Cache: BYPASS}), and makes the
 * Redis-only endpoints answer 503.
 */
public final class CatalogApi {

    /** Everything the API stands on; {@code viewRetention} makes the keys views create expire (the app always sets it). */
    public record Collaborators(ProductDatabase database, ProductCache cache, ProductBulkReader bulkReader,
                                Purchases purchases, RecentlyViewed recentlyViewed, ProductSets sets, TopSellers topSellers,
                                Optional<RateLimiter> rateLimiter, Optional<ViewRetention> viewRetention) {

        /** Without view retention: for tests that look at other things. */
        public Collaborators(ProductDatabase database, ProductCache cache, ProductBulkReader bulkReader, Purchases purchases,
                             RecentlyViewed recentlyViewed, ProductSets sets, TopSellers topSellers,
                             Optional<RateLimiter> rateLimiter) {
            this(database, cache, bulkReader, purchases, recentlyViewed, sets, topSellers, rateLimiter, Optional.empty());
        }
    }

    static final int MAX_IDS = 100;
    static final int MAX_QUANTITY = 1_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private CatalogApi() {
    }

    public static Javalin create(Collaborators collaborators) {
        CacheRequestMetrics metrics = new CacheRequestMetrics();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            metrics.observe(config, "/products/{id}", "products");
            metrics.serve(config);
            collaborators.rateLimiter().ifPresent(limiter -> config.routes.before(ctx -> limit(ctx, limiter)));
            config.routes.get("/products/{id}", ctx -> product(ctx, collaborators));
            config.routes.get("/products", ctx -> products(ctx, collaborators));
            config.routes.get("/products/{id}/visitors", ctx -> {
                long id = positiveId("product id", ctx.pathParam("id"));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("productId", id);
                body.put("uniqueVisitors", collaborators.sets().uniqueVisitors(id));
                ctx.json(body);
            });
            config.routes.get("/users/{user}/recently-viewed", ctx ->
                    ctx.json(collaborators.recentlyViewed().list(name("user", ctx.pathParam("user")))));
            config.routes.get("/tags/{tags}", ctx -> {
                String[] tags = Arrays.stream(ctx.pathParam("tags").split(",", -1)).map(tag -> name("tag", tag)).toArray(String[]::new);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("tags", tags);
                body.put("products", collaborators.sets().taggedWithAll(tags).stream().sorted().toList());
                ctx.json(body);
            });
            config.routes.post("/products/{id}/purchases", ctx -> purchase(ctx, collaborators));
            config.routes.get("/top-sellers", ctx -> ctx.json(collaborators.topSellers().top(number(ctx.queryParam("limit"), "limit", 1, 100, 3))));
            ApiErrors.install(config);
            config.routes.exception(JedisException.class, (e, ctx) ->
                    error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Redis is unavailable, and this endpoint lives in Redis"));
        });
    }

    // tag::product[]
    private static void product(Context ctx, Collaborators collaborators) {
        long id = positiveId("product id", ctx.pathParam("id"));
        String viewer = ctx.queryParam("viewer") == null ? null : name("viewer", ctx.queryParam("viewer"));
        Optional<Product> product;
        try {
            ProductCache.Lookup lookup = collaborators.cache().find(id, collaborators.database());
            product = lookup.product();
            ctx.header("X-Cache", lookup.hit() ? "HIT" : "MISS");
        } catch (JedisException redisUnavailable) {
            // Down, timed out, still loading its data, out of memory: the cache is an optimisation, the database answers.
            product = collaborators.database().findById(id);
            ctx.header("X-Cache", "BYPASS");
        }
        if (product.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "no product with id " + id);
            return;
        }
        if (viewer != null) {
            recordView(collaborators, viewer, id);
        }
        ctx.json(product.get());
    }
    // end::product[]

    /** Several products; with Redis unavailable, each from the database. */
    private static void products(Context ctx, Collaborators collaborators) {
        List<Long> ids = ids(ctx.queryParam("ids"));
        Collection<Product> products;
        try {
            products = collaborators.bulkReader().getAll(ids, collaborators.database()).values();
        } catch (JedisException redisUnavailable) {
            products = ids.stream().map(id -> collaborators.database().findById(id)).flatMap(Optional::stream).toList();
            ctx.header("X-Cache", "BYPASS");
        }
        ctx.json(products);
    }

    /** Views are nice to have: losing one while Redis is unavailable must not fail the read. */
    private static void recordView(Collaborators collaborators, String viewer, long id) {
        try {
            collaborators.recentlyViewed().record(viewer, id);
            collaborators.sets().recordVisitor(id, viewer);
            collaborators.viewRetention().ifPresent(retention -> retention.refresh(viewer, id));
        } catch (JedisException redisUnavailable) {
            // nothing to do: the product was still served
        }
    }

    // tag::purchase[]
    /**
     * A purchase through 2.12's optimistic transaction ({@link Purchases}): buyers who collide are retried inside, so
     * each gets 201 or, when the stock is short, 409 with what is left. (A deliberate shortcut, to keep the exercises
     * in view: the product's cached JSON of 2.1 keeps its old stock until it expires; lesson 04 invalidates on write.)
     */
    private static void purchase(Context ctx, Collaborators collaborators) {
        long id = positiveId("product id", ctx.pathParam("id"));
        long quantity = number(ctx.queryParam("quantity"), "quantity", 1, MAX_QUANTITY, 1);
        Purchases.Outcome outcome;
        try {
            outcome = collaborators.purchases().buy(id, quantity);
        } catch (IllegalStateException lostEveryRace) {
            // OptimisticPurchase.MAX_ATTEMPTS lost races in a row: every other buyer is winning; a short wait helps.
            ctx.header("Retry-After", "1");
            error(ctx, HttpStatus.CONFLICT, "product " + id + " is being bought by many at once: try again");
            return;
        }
        if (outcome instanceof Purchases.NoSuchProduct) {
            error(ctx, HttpStatus.NOT_FOUND, "no product with id " + id);
        } else if (outcome instanceof Purchases.NotEnough notEnough) {
            error(ctx, HttpStatus.CONFLICT, "only " + notEnough.inStock() + " of product " + id + " in stock, asked for " + quantity);
        } else if (outcome instanceof Purchases.Bought bought) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("productId", id);
            body.put("quantity", quantity);
            body.put("stock", bought.stockLeft());
            ctx.status(HttpStatus.CREATED).json(body);
        }
    }
    // end::purchase[]

    /**
     * Counts the request against its client: the X-Client-Id header, else the caller's address. (A shortcut: a
     * real API identifies clients by their API key or login, which a client cannot simply change.) With Redis
     * unavailable the request is let through: a limiter must not turn a cache outage into an API outage.
     */
    private static void limit(Context ctx, RateLimiter limiter) {
        String client = Optional.ofNullable(ctx.header("X-Client-Id")).orElse(ctx.ip());
        boolean allowed;
        try {
            allowed = limiter.tryAcquire(client.length() > 64 ? client.substring(0, 64) : client);
        } catch (JedisException redisUnavailable) {
            allowed = true;
        }
        if (!allowed) {
            ctx.header("Retry-After", "1");
            error(ctx, HttpStatus.TOO_MANY_REQUESTS, "too many requests from " + client + ": slow down");
            ctx.skipRemainingHandlers();
        }
    }

    static List<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequest("ids must list product ids, e.g. ?ids=1,2,3");
        }
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_IDS) {
            throw new BadRequest("at most " + MAX_IDS + " ids at once, got " + parts.length);
        }
        return Arrays.stream(parts).map(String::trim).map(id -> positiveId("product id", id)).distinct().toList();
    }

    static String name(String what, String text) {
        if (text == null || !NAME.matcher(text).matches()) {
            throw new BadRequest(what + " must be 1 to 64 letters, digits, '-' or '_', was \"" + text + "\"");
        }
        return text;
    }

    private static int number(String text, String what, int min, int max, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // falls through
        }
        throw new BadRequest(what + " must be a whole number from " + min + " to " + max + ", was \"" + text + "\"");
    }

}

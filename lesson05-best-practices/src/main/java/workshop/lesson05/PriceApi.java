package workshop.lesson05;

import static workshop.support.web.ApiErrors.positiveId;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

import workshop.support.metrics.CacheRequestMetrics;
import workshop.support.web.ApiErrors;
import workshop.support.web.ApiErrors.BadRequest;

/**
 * One app instance of the price API, over any {@link PriceCache} (the two-level cache of exercise 5.9 in
 * {@link PriceApiMain}):
 *
 * <pre>
 * GET /prices/{id}     the price; X-Cache: HIT (a local or Redis copy) or MISS (the pricing engine computed it), and
 *                      Server-Timing shows what it cost (a local hit, a Redis hit, or the pricing engine)
 * PUT /prices/{id}     {"priceCents": 12000}: the pricing engine changes it, and every instance forgets its copy
 * GET /stats           the pricing engine's calls so far, and Redis's memory and hit ratio (5.5)
 * GET /metrics         price reads by X-Cache (hit, miss, bypass) and the hit ratio, as Prometheus text
 * </pre>
 *
 * Run two of them on one Redis ({@link PriceApiMain}) and a write on one is read on the other. Bad input gets a
 * 400 with a JSON error; a Redis that fails never fails a read (the pricing engine answers, {@code X-Cache: BYPASS}).
 */
public final class PriceApi {

    /** Everything one instance stands on. */
    public record Collaborators(PriceService origin, PriceCache cache, RedisClient redis) {
    }

    static final long MAX_PRICE_CENTS = 100_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PriceApi() {
    }

    public static Javalin create(Collaborators collaborators) {
        CacheRequestMetrics metrics = new CacheRequestMetrics();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            metrics.observe(config, "/prices/{id}", "prices");
            metrics.serve(config);
            config.routes.get("/prices/{id}", ctx -> price(ctx, collaborators));
            config.routes.put("/prices/{id}", ctx -> change(ctx, collaborators));
            config.routes.get("/stats", ctx -> stats(ctx, collaborators));
            ApiErrors.install(config);
        });
    }

    private static void price(Context ctx, Collaborators collaborators) {
        long id = positiveId("product id", ctx.pathParam("id"));
        long begin = System.nanoTime();
        String price;
        try {
            long engineCalls = collaborators.origin().callsOnThisThread();
            price = collaborators.cache().price(id);
            // Whether this request had the pricing engine compute the price: which level answered is the cache's affair.
            ctx.header("X-Cache", collaborators.origin().callsOnThisThread() > engineCalls ? "MISS" : "HIT");
        } catch (JedisException cacheFailed) {
            // Down, timed out, refusing: the cache is an optimisation, the pricing engine answers.
            price = collaborators.origin().price(id);
            ctx.header("X-Cache", "BYPASS");
        }
        ctx.header("Server-Timing", String.format(Locale.ROOT, "price;dur=%.3f", (System.nanoTime() - begin) / 1e6));
        ctx.json(body(id, Long.parseLong(price)));
    }

    private static void change(Context ctx, Collaborators collaborators) {
        long id = positiveId("product id", ctx.pathParam("id"));
        long priceCents = priceCents(ctx.body());
        collaborators.origin().change(id, priceCents);
        try {
            collaborators.cache().invalidate(id);
        } catch (JedisException cacheFailed) {
            // The write is done; other instances keep their local copies until the local TTL, and the Redis copy (if
            // Redis was only slow, not down) until its own TTL; the two-level cache drops this instance's copy even then.
            ctx.header("X-Cache", "BYPASS");
        }
        ctx.json(body(id, priceCents));
    }

    private static void stats(Context ctx, Collaborators collaborators) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pricingEngineCalls", collaborators.origin().calls());
        try {
            MemoryReport redis = MemoryReport.of(collaborators.redis());
            Map<String, Object> memory = new LinkedHashMap<>();
            memory.put("usedBytes", redis.usedBytes());
            memory.put("maxBytes", redis.maxBytes());
            memory.put("evictedKeys", redis.evictedKeys());
            memory.put("hitRatio", redis.hitRatio());
            body.put("redis", memory);
        } catch (JedisException cacheFailed) {
            body.put("redis", "unavailable");
        }
        ctx.json(body);
    }

    private static Map<String, Object> body(long id, long priceCents) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", id);
        body.put("priceCents", priceCents);
        return body;
    }

    /** A PUT body: exactly {"priceCents": n}, a whole number from 0 to {@link #MAX_PRICE_CENTS}. */
    static long priceCents(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (Exception notJson) {
            json = null;
        }
        if (json == null || !json.isObject() || json.size() != 1 || !json.path("priceCents").isIntegralNumber()
                || !json.path("priceCents").canConvertToLong()
                || json.get("priceCents").asLong() < 0 || json.get("priceCents").asLong() > MAX_PRICE_CENTS) {
            throw new BadRequest("the body must be exactly {\"priceCents\": n}, n a whole number from 0 to " + MAX_PRICE_CENTS);
        }
        return json.get("priceCents").asLong();
    }
}

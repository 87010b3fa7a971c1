package workshop.support.metrics;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * What an app's caches did, request by request, as metrics in the Prometheus text format (Micrometer), served on
 * {@code GET /metrics}; the same two metrics in every lesson's app:
 *
 * <pre>
 * api_cache_requests_total{cache="products",outcome="hit"}   one per request, as its X-Cache header said
 * api_cache_hit_ratio{cache="products"}                      hits / every request that asked the cache
 * </pre>
 *
 * A dashboard plots the ratio and alerts when it falls: a cold cache, a key that changed shape, a TTL too short; a
 * rising {@code bypass} count means the cache is down or too slow. An app adds its own meters to {@link #registry()}.
 */
public final class CacheRequestMetrics {

    /** What the {@code X-Cache} header can say. */
    public enum Outcome { HIT, MISS, BYPASS }

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Outcomes> caches = new ConcurrentHashMap<>();

    /** Counts a request's outcome for the named cache ({@code products}, {@code weather}, ...). */
    public void record(String cache, Outcome outcome) {
        caches.computeIfAbsent(cache, this::outcomes).counter(outcome).increment();
    }

    /**
     * Counts every answer to a GET of {@code path} as its {@code X-Cache} header says, after the handler ran: the
     * metric and the header cannot disagree. An answer without the header (a 400, a 501) is not counted, nor a write.
     */
    public void observe(JavalinConfig config, String path, String cache) {
        caches.computeIfAbsent(cache, this::outcomes); // every outcome shows, at 0, before the first request
        config.routes.after(path, ctx -> recordHeader(ctx, cache));
    }

    /** {@code GET /metrics}: every metric, in the Prometheus text format. */
    public void serve(JavalinConfig config) {
        config.routes.get("/metrics", ctx -> ctx.contentType(contentType()).result(scrape()));
    }

    /** Where an app adds meters of its own (Micrometer's binders: Caffeine's, a connection pool's). */
    public MeterRegistry registry() {
        return registry;
    }

    /** Every metric, in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** The content type of {@link #scrape()}. */
    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    private void recordHeader(Context ctx, String cache) {
        String header = ctx.res().getHeader("X-Cache");
        if (header != null && ctx.method() == HandlerType.GET) {
            record(cache, Outcome.valueOf(header.toUpperCase(Locale.ROOT)));
        }
    }

    private Outcomes outcomes(String cache) {
        Map<Outcome, Counter> counters = new ConcurrentHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            counters.put(outcome, Counter.builder("api.cache.requests")
                    .description("Requests by what the cache did, as the X-Cache header says")
                    .tags("cache", cache, "outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
        Outcomes outcomes = new Outcomes(counters);
        Gauge.builder("api.cache.hit.ratio", outcomes, Outcomes::hitRatio)
                .description("Hits among the requests that asked the cache (hit, miss or bypass)")
                .tags("cache", cache)
                .register(registry);
        return outcomes;
    }

    /** One counter per outcome of one cache. */
    private record Outcomes(Map<Outcome, Counter> counters) {

        Counter counter(Outcome outcome) {
            return counters.get(outcome);
        }

        double hitRatio() {
            double all = counters.values().stream().mapToDouble(Counter::count).sum();
            return all == 0 ? 0 : counters.get(Outcome.HIT).count() / all;
        }
    }
}

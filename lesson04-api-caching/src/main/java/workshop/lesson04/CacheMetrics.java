package workshop.lesson04;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * What the API's caches did, as metrics in the Prometheus text format (Micrometer), served on {@code GET /metrics}:
 *
 * <pre>
 * api_cache_requests_total{cache="products",outcome="hit"}   one per request, as its X-Cache header says
 * api_cache_hit_ratio{cache="products"}                      hits / every request that asked the cache
 * cache_gets_total{cache="responses",result="hit"}           the in-process response cache (Caffeine's binder)
 * cache_evictions_total, cache_size, ...                     the same binder
 * </pre>
 *
 * A dashboard plots the ratio and alerts when it falls: a cold cache, a key that changed shape, a TTL too short.
 */
public final class CacheMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Outcomes> caches = new ConcurrentHashMap<>();

    /** Counts a request's outcome for the named cache ({@code products}, {@code weather}, {@code search}). */
    public void record(String cache, CacheOutcome outcome) {
        caches.computeIfAbsent(cache, this::outcomes).counter(outcome).increment();
    }

    /** Adds Caffeine's own statistics (gets, hits, misses, evictions, size) of the response cache. */
    public void monitor(ResponseCache responses) {
        CaffeineCacheMetrics.monitor(registry, responses.caffeine(), "responses");
    }

    /** Every metric, in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** The content type of {@link #scrape()}. */
    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    private Outcomes outcomes(String cache) {
        Map<CacheOutcome, Counter> counters = new ConcurrentHashMap<>();
        for (CacheOutcome outcome : CacheOutcome.values()) {
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
    private record Outcomes(Map<CacheOutcome, Counter> counters) {

        Counter counter(CacheOutcome outcome) {
            return counters.get(outcome);
        }

        double hitRatio() {
            double all = counters.values().stream().mapToDouble(Counter::count).sum();
            return all == 0 ? 0 : counters.get(CacheOutcome.HIT).count() / all;
        }
    }
}

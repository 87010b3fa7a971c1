package workshop.lesson04;

import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import workshop.support.metrics.CacheRequestMetrics;

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
 * The first two are every lesson app's ({@link CacheRequestMetrics}); this lesson adds the response cache's own.
 * A dashboard plots the ratio and alerts when it falls: a cold cache, a key that changed shape, a TTL too short.
 */
public final class CacheMetrics {

    private final CacheRequestMetrics requests = new CacheRequestMetrics();

    /** Counts a request's outcome for the named cache ({@code products}, {@code weather}, {@code search}). */
    public void record(String cache, CacheOutcome outcome) {
        requests.record(cache, CacheRequestMetrics.Outcome.valueOf(outcome.name()));
    }

    /** Adds Caffeine's own statistics (gets, hits, misses, evictions, size) of the response cache. */
    public void monitor(ResponseCache responses) {
        CaffeineCacheMetrics.monitor(requests.registry(), responses.caffeine(), "responses");
    }

    /** Every metric, in the Prometheus text format. */
    public String scrape() {
        return requests.scrape();
    }

    /** The content type of {@link #scrape()}. */
    public static String contentType() {
        return CacheRequestMetrics.contentType();
    }
}

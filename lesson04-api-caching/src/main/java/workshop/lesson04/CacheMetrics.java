package workshop.lesson04;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import workshop.support.metrics.CacheRequestMetrics;

/**
 * What the API's caches did, as metrics in the Prometheus text format (Micrometer), served on {@code GET /metrics}:
 *
 * <pre>
 * api_cache_requests_total{cache="products",outcome="hit"}   one per request, as its X-Cache header says
 * api_cache_hit_ratio{cache="products"}                      hits / every request that asked the cache
 * api_response_bodies_total{cache="responses"}              bodies built (JSON written, ETag hashed): a 304 from
 *                                                            stored validators adds none, 4.6's ConditionalGet one each
 * cache_gets_total{cache="responses",result="hit"}           the in-process response cache (Caffeine's binder)
 * cache_evictions_total, cache_size, ...                     the same binder
 * </pre>
 *
 * The first two are every lesson app's ({@link CacheRequestMetrics}); this lesson adds the response cache's own.
 * A dashboard plots the ratio and alerts when it falls: a cold cache, a key that changed shape, a TTL too short.
 */
public final class CacheMetrics {

    private static final String BODIES = "api.response.bodies";
    private static final String BODIES_DESCRIPTION = "Response bodies built (JSON written, ETag hashed): the work a stored validator saves";

    private final CacheRequestMetrics requests = new CacheRequestMetrics();
    private final Map<String, Counter> bodies = new ConcurrentHashMap<>();

    /** Counts a request's outcome for the named cache ({@code products}, {@code weather}, {@code search}). */
    public void record(String cache, CacheOutcome outcome) {
        requests.record(cache, CacheRequestMetrics.Outcome.valueOf(outcome.name()));
    }

    /** Counts a response body built for the named cache's route (the JSON written, and hashed for its ETag). */
    public void bodyBuilt(String cache) {
        bodies.computeIfAbsent(cache, name -> Counter.builder(BODIES).description(BODIES_DESCRIPTION).tags("cache", name)
                .register(requests.registry())).increment();
    }

    /** Adds Caffeine's own statistics (gets, hits, misses, evictions, size) of the response cache, and its renderings. */
    public void monitor(ResponseCache responses) {
        CaffeineCacheMetrics.monitor(requests.registry(), responses.caffeine(), "responses");
        FunctionCounter.builder(BODIES, responses, ResponseCache::renders).description(BODIES_DESCRIPTION)
                .tags("cache", "responses").register(requests.registry());
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

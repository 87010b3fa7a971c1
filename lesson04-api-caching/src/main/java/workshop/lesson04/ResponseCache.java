package workshop.lesson04;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Cache the response, not only the object: rendered product responses kept in this process for a short time (a
 * "micro-cache"). A hit sends stored bytes and a stored validator: no round trip to Redis or Memcached, no JSON
 * parsing or writing, no hashing. A miss renders once, through the shared cache ({@link CachedProducts}) as before.
 *
 * <p>Each instance of the API has its own copy, so a write on another instance is seen here only when the copy
 * expires: the TTL is short (a second in the app), well inside the {@code max-age} the API already lets browsers
 * use. A write on this instance forgets the copy at once ({@link #invalidate}). Only responses that are the same for
 * every client belong here: never one tied to a user, or chosen by {@code Accept} or {@code Accept-Language}
 * (README: "Cache the response, not only the object").
 */
public final class ResponseCache {

    /** Renders one product's response, and says what the shared cache did; empty if there is no such product. */
    @FunctionalInterface
    public interface Renderer {
        Lookup<RenderedResponse> render(long id);
    }

    private final com.github.benmanes.caffeine.cache.Cache<Long, RenderedResponse> responses; // not the port: Caffeine's
    private final Renderer renderer;
    private final AtomicLong renders = new AtomicLong();

    public ResponseCache(Renderer renderer, Duration ttl, Clock clock) {
        this.renderer = renderer;
        this.responses = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(10_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())) // the test's clock, so expiry never sleeps
                .recordStats() // read by the metrics (CacheMetrics)
                .build();
    }

    /** Products rendered as JSON, from the shared cache or the database; {@code renderedAt} is the Last-Modified. */
    public static ResponseCache of(CachedProducts products, Duration ttl, Clock clock) {
        return rendering(products::find, ttl, clock);
    }

    /** Products rendered as JSON, as {@code finder} finds them (e.g. 4.9's {@code NegativeCachedProducts::find}). */
    public static ResponseCache rendering(LongFunction<Lookup<Product>> finder, Duration ttl, Clock clock) {
        return new ResponseCache(id -> {
            Lookup<Product> lookup = finder.apply(id);
            return new Lookup<>(lookup.value().map(product -> RenderedResponse.of(Json.write(product), clock.instant())),
                    lookup.outcome());
        }, ttl, clock);
    }

    // tag::hit-path[]
    /** The stored response ({@code HIT}), else a fresh rendering, kept unless the shared cache was bypassed. */
    public Lookup<RenderedResponse> get(long id) {
        RenderedResponse kept = responses.getIfPresent(id);
        if (kept != null) {
            return new Lookup<>(Optional.of(kept), CacheOutcome.HIT); // bytes and validator as stored: nothing to redo
        }
        Lookup<RenderedResponse> rendered = renderer.render(id);
        renders.incrementAndGet();
        if (rendered.value().isPresent() && rendered.outcome() != CacheOutcome.BYPASS) {
            responses.put(id, rendered.value().get());
        }
        return rendered;
    }
    // end::hit-path[]

    /** Forgets the product's response: called after a write on this instance, so the next read renders it anew. */
    public void invalidate(long id) {
        responses.invalidate(id);
    }

    /** How many times a response was rendered (the JSON written, the ETag hashed): what a hit must not add to. */
    public long renders() {
        return renders.get();
    }

    /** The Caffeine cache underneath, for its metrics. */
    com.github.benmanes.caffeine.cache.Cache<Long, RenderedResponse> caffeine() {
        return responses;
    }
}

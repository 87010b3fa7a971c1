package workshop.lesson04;

import java.time.Duration;

/**
 * What a public response lets the caches between the API and the user do, as one {@code Cache-Control} header
 * (RFC 9111, RFC 5861):
 *
 * <ul>
 *   <li>{@code max-age}: how long any cache, the browser's included, may reuse it without asking;</li>
 *   <li>{@code s-maxage}: the same for shared caches only (a CDN, a company proxy), which the API can purge or
 *       accept a longer staleness from; the browser's private cache ignores it;</li>
 *   <li>{@code stale-while-revalidate}: after that, a cache may still answer with the stale copy for this long while
 *       it asks the API in the background: no user waits for the revalidation;</li>
 *   <li>{@code stale-if-error}: and for this long if the API answers 5xx or not at all: an outage of the API is not
 *       an outage for readers.</li>
 * </ul>
 */
public record CacheControl(Duration maxAge, Duration sharedMaxAge, Duration staleWhileRevalidate, Duration staleIfError) {

    public CacheControl {
        for (Duration duration : new Duration[] {maxAge, sharedMaxAge, staleWhileRevalidate, staleIfError}) {
            if (duration == null || duration.isNegative()) {
                throw new IllegalArgumentException("every Cache-Control duration must be zero or more, was " + duration);
            }
        }
    }

    /** The catalog's: a minute in browsers, five in shared caches, 30 s served stale while revalidating, a day on errors. */
    public static CacheControl catalog() {
        return new CacheControl(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofDays(1));
    }

    /** E.g. {@code public, max-age=60, s-maxage=300, stale-while-revalidate=30, stale-if-error=86400}. */
    public String header() {
        return "public, max-age=" + maxAge.toSeconds() + ", s-maxage=" + sharedMaxAge.toSeconds()
                + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds() + ", stale-if-error=" + staleIfError.toSeconds();
    }
}

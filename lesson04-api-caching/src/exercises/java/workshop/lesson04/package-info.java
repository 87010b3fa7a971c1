/**
 * Lesson 04: caching behind an HTTP API, one cache port with a Redis and a Memcached adapter.
 *
 * <p>The exercises, in the order to work in (a folder lists its files alphabetically). Each has a README section of
 * the same name, "Exercise N.M: title", and hints, one at a time: {@code ./mvnw -q validate -Phint -Dexercise=N.M}.
 * <ol>
 *   <li>4.1 One cache port, two adapters: {@link MemcachedCache}, {@link RedisCache}; tests: {@code CacheAdaptersTest}</li>
 *   <li>4.2 Cache-aside through the port: {@link CachedProducts}; tests: {@code CachedProductsTest}</li>
 *   <li>4.3 Write through to the cache: {@link CachedProducts}; tests: {@code WriteThroughTest}</li>
 *   <li>4.4 A slow upstream, cached per city with a TTL: {@link CachedWeather}; tests: {@code CachedWeatherTest}</li>
 *   <li>4.5 Sessions in Redis, with a sliding TTL: {@link Sessions}; tests: {@code SessionsTest}</li>
 *   <li>4.6 HTTP caching, Cache-Control and ETag: {@link ConditionalGet}; tests: {@code ConditionalGetTest}</li>
 *   <li>4.7 Search results under a normalised key: {@link CachedSearch}; tests: {@code CachedSearchTest}</li>
 *   <li>4.8 Graceful degradation with short timeouts: {@link CacheClients}; tests: {@code DegradationTest}</li>
 *   <li>4.9 Negative caching, briefly: {@link NegativeCachedProducts}; tests: {@code NegativeCachingTest}</li>
 *   <li>4.10 Validate without rebuilding the body: {@link Revalidation}; tests: {@code RevalidationTest}</li>
 *   <li>4.11 Sessions with an absolute lifetime, rotated at login: {@link BoundedSessions}; tests:
 *       {@code BoundedSessionsTest}</li>
 * </ol>
 */
package workshop.lesson04;

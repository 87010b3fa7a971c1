/**
 * Lesson 05: best practices, each a trap and its fix.
 *
 * <p>The exercises, in the order to work in (a folder lists its files alphabetically). Each has a README section of
 * the same name, "Exercise N.M: title", and hints, one at a time: {@code ./mvnw -q validate -Phint -Dexercise=N.M}.
 * <ol>
 *   <li>5.1 TTL with jitter: {@link JitteredTtl}; tests: {@code JitteredTtlTest}</li>
 *   <li>5.2 Stampede stopped in one instance: {@link SingleFlightPriceCache}; tests: {@code SingleFlightPriceCacheTest}</li>
 *   <li>5.3 Stampede stopped across instances, with a lock in Redis: {@link RedisLock}; tests: {@code RedisLockTest}</li>
 *   <li>5.4 Probabilistic early refresh (XFetch): {@link XFetch}; tests: {@code XFetchTest}</li>
 *   <li>5.5 Memory limits, eviction and compression: {@link MemoryReport}, {@link ValueCodec}; tests: {@code DataSizeTest}, {@code ValueCodecLimitTest}</li>
 *   <li>5.6 Least privilege, and encrypted sensitive values: {@link CacheSecurity}, {@link SensitiveValues}; tests: {@code SecurityTest}</li>
 *   <li>5.7 A circuit breaker around a cache that fails: {@link CircuitBreaker}; tests: {@code CircuitBreakerTest}</li>
 *   <li>5.8 The stale-set race, closed with a lease: {@link LeasedPriceCache}; tests: {@code LeasedPriceCacheTest}</li>
 *   <li>5.9 A two-level cache, kept coherent by pub/sub: {@link TwoLevelPriceCache}; tests: {@code TwoLevelPriceCacheTest}</li>
 *   <li>5.10 Keys for a Redis Cluster, with hash tags: {@link CartKeys}; tests: {@code CartKeysTest}</li>
 *   <li>5.11 Client-side caching that Redis keeps honest (CLIENT TRACKING): {@link TrackedPriceCache}; tests:
 *       {@code TrackedPriceCacheTest}</li>
 * </ol>
 */
package workshop.lesson05;

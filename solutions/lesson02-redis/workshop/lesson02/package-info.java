/**
 * Lesson 02: Redis, one data type per exercise, then round trips, scripts, invalidation, persistence, replication.
 *
 * <p>The exercises, in the order to work in (a folder lists its files alphabetically). Each has a README section of
 * the same name, "Exercise N.M: title", and hints, one at a time: {@code ./mvnw -q validate -Phint -Dexercise=N.M}.
 * <ol>
 *   <li>2.1 Strings with TTL, cache-aside: {@link ProductCache}; tests: {@code ProductCacheTest}</li>
 *   <li>2.2 Hashes, one field updated in place: {@link ProductHashes}; tests: {@code ProductHashesTest}</li>
 *   <li>2.3 Lists, recently viewed: {@link RecentlyViewed}; tests: {@code RecentlyViewedTest}</li>
 *   <li>2.4 Sets, tags and unique visitors: {@link ProductSets}; tests: {@code ProductSetsTest}</li>
 *   <li>2.5 Sorted sets, the top sellers: {@link TopSellers}; tests: {@code TopSellersTest}</li>
 *   <li>2.6 Many keys in one round trip: {@link ProductBulkReader}; tests: {@code ProductBulkReaderTest}</li>
 *   <li>2.7 Lua, an atomic rate limiter: {@link RateLimiter}; tests: {@code RateLimiterTest}</li>
 *   <li>2.8 Pub/sub invalidation of local copies: {@link LocalProductCopies}; tests: {@code LocalProductCopiesTest}</li>
 *   <li>2.9 Persistence across a restart: {@link AppendOnlyFile}; tests: {@code AppendOnlyFileTest}</li>
 *   <li>2.10 Replication, read your write from a replica: {@link ReplicatedWriter}; tests: {@code ReplicatedWriterTest}</li>
 *   <li>2.11 Sorted sets in Lua, a sliding-window rate limiter: {@link SlidingWindowLimiter}; tests:
 *       {@code SlidingWindowLimiterTest} (its naive half: {@code NaiveFixedWindowTest})</li>
 *   <li>2.12 WATCH and MULTI, a purchase that never oversells: {@link OptimisticPurchase}; tests:
 *       {@code OptimisticPurchaseTest}</li>
 * </ol>
 */
package workshop.lesson02;

/**
 * Lesson 01: a cache inside one JVM, built by hand one moving part at a time, then Caffeine behind the same interface.
 *
 * <p>The exercises, in the order to work in (a folder lists its files alphabetically). Each has a README section of
 * the same name, "Exercise N.M: title", and hints, one at a time: {@code ./mvnw -q validate -Phint -Dexercise=N.M}.
 * <ol>
 *   <li>1.1 Cache-aside get-or-load: {@link HandMadeCache}; tests: {@code GetOrLoadTest}</li>
 *   <li>1.2 Time to live with an injected clock: {@link HandMadeCache}; tests: {@code TimeToLiveTest}</li>
 *   <li>1.3 Size bound with least-recently-used eviction: {@link HandMadeCache}; tests: {@code SizeBoundTest}</li>
 *   <li>1.4 Statistics, exposed at /stats: {@link StatsCounter}; tests: {@code StatisticsTest}</li>
 *   <li>1.5 Single-flight loads under concurrency: {@link SingleFlightCache}; tests: {@code SingleFlightCacheTest}</li>
 *   <li>1.6 Caffeine behind the same interface: {@link CaffeineCache}; tests: {@code CaffeineCacheTest}</li>
 * </ol>
 */
package workshop.lesson01;

/**
 * Lesson 03: Memcached, from cache-aside to safe keys, multi-gets, CAS, atomic counters, several nodes and failure.
 *
 * <p>The exercises, in the order to work in (a folder lists its files alphabetically). Each has a README section of
 * the same name, "Exercise N.M: title", and hints, one at a time: {@code ./mvnw -q validate -Phint -Dexercise=N.M}.
 * <ol>
 *   <li>3.1 Cache-aside with expiry: {@link WeatherCache}; tests: {@code WeatherCacheTest}</li>
 *   <li>3.2 Safe keys for any city name: {@link SafeCityKeys}; tests: {@code SafeCityKeysTest}</li>
 *   <li>3.3 Multi-get in one round trip: {@link WeatherBulkReader}; tests: {@code WeatherBulkReaderTest}</li>
 *   <li>3.4 CAS, no lost update: {@link CasUpdater}; tests: {@code CasUpdaterTest}</li>
 *   <li>3.5 add and incr, atomic on the server: {@link FirstWriterFlag}, {@link HitCounter}; tests: {@code AddAndIncrTest}</li>
 *   <li>3.6 Consistent hashing over three nodes: {@link Distribution}; tests: {@code DistributionTest}</li>
 *   <li>3.7 No persistence, and warming after a restart: {@link CacheWarmer}; tests: {@code CacheWarmerTest}</li>
 *   <li>3.8 A memory limit, and evictions: {@link MemcachedStats}; tests: {@code MemcachedStatsTest}</li>
 *   <li>3.9 Short timeouts, and BYPASS when Memcached is down: {@link ResilientClients}; tests: {@code ResilientClientsTest}</li>
 * </ol>
 */
package workshop.lesson03;

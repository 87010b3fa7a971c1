package workshop.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import workshop.lesson05.verdict.KeyValueStore;
import workshop.lesson05.verdict.LettuceStore;
import workshop.lesson05.verdict.MemcachedStore;
import workshop.lesson05.verdict.MemoryPerItem;
import workshop.lesson05.verdict.Payloads;
import workshop.lesson05.verdict.RawSocketStore;
import workshop.lesson05.verdict.RedisStore;
import workshop.lesson05.verdict.ServerFloor;
import workshop.lesson05.verdict.WireProtocol;
import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/** The comparison's parts, checked before anyone trusts its numbers: same bytes back, sane memory, tools parsed. */
@RealServers
class VerdictToolsTest {

    @ParameterizedTest
    @ValueSource(ints = {100, 102_400})
    void bothStoresGiveBackExactlyTheBytesTheyWereGiven(int size, RedisServer redis, MemcachedServer memcached) {
        byte[] value = Payloads.value(size);
        try (KeyValueStore jedis = new RedisStore(redis, 2); KeyValueStore lettuce = new LettuceStore(redis, 2);
             KeyValueStore rawRedis = new RawSocketStore(WireProtocol.RESP, redis.address(), redis.namespace());
             KeyValueStore spymemcached = new MemcachedStore(memcached, 2);
             KeyValueStore rawMemcached = new RawSocketStore(WireProtocol.MEMCACHED_TEXT, memcached.address(), memcached.namespace())) {
            for (KeyValueStore store : List.of(jedis, lettuce, rawRedis, spymemcached, rawMemcached)) {
                for (int i = 0; i < Payloads.BATCH; i++) {
                    store.set(Payloads.key(i), value);
                }

                assertThat(store.get(Payloads.key(3))).as("%s, one %d-byte value", store.getClass().getSimpleName(), size).isEqualTo(value);
                assertThat(store.getMany(Payloads.batch(0))).as("a batch").hasSize(Payloads.BATCH).allSatisfy(read -> assertThat(read).isEqualTo(value));
                assertThat(store.get("verdict:absent")).as("%s, an absent key", store.getClass().getSimpleName()).isNull();
                assertThat(store.getMany(List.of(Payloads.key(1), "verdict:absent"))).as("a batch with an absent key")
                        .satisfiesExactly(read -> assertThat(read).isEqualTo(value), read -> assertThat(read).isNull());
            }
        }
    }

    @Test
    void memoryPerItemIsTheServersOwnCountAndCoversAtLeastTheBytesStored(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(256));

        MemoryPerItem.Measured inRedis = MemoryPerItem.redis(redis, 100, 5_000);
        MemoryPerItem.Measured inMemcached = MemoryPerItem.memcached(memcached, 100, 5_000);

        // An item costs at least its own bytes, and less than four times them, in either server.
        assertThat(inRedis.overhead()).as("Redis, server bytes per byte stored").isBetween(1.0, 4.0);
        assertThat(inMemcached.overhead()).as("Memcached, server bytes per byte stored").isBetween(1.0, 4.0);
        assertThat(inMemcached.secondPerItem()).as("Memcached, bytes in items per item: header, key and value")
                .isBetween((double) inMemcached.ownBytes(), 4.0 * inMemcached.ownBytes());
    }

    @Test
    void tinyItemsBucketedInHashesAreKeptAsListpacksAndTakeLessThanStrings(Servers servers) {
        MemoryPerItem.Measured strings = MemoryPerItem.redis(servers.redis(RedisConfig.defaults()), 16, 5_000, MemoryPerItem.Layout.STRINGS);
        MemoryPerItem.Measured hashes = MemoryPerItem.redis(servers.redis(RedisConfig.defaults()), 16, 5_000, MemoryPerItem.Layout.HASHES);

        assertThat(hashes.encoding()).as("a hash of %d small fields", MemoryPerItem.BUCKET).isEqualTo("listpack");
        assertThat(hashes.allocatedPerItem()).as("used_memory per item, bucketed hashes against strings").isLessThan(strings.allocatedPerItem());
    }

    @Test
    void redisBenchmarkIsRunAndRead(RedisServer redis) {
        Optional<Path> tool = ServerFloor.redisBenchmarkOnPath();
        assumeTrue(tool.isPresent(), "redis-benchmark is not on the PATH");
        assumeTrue(redis.isOwned(), "redis-benchmark writes keys of its own: only on a Redis the workshop started");

        List<ServerFloor.Floor> floors = ServerFloor.redisBenchmark(tool.get(), redis, 100, 2_000);

        assertThat(floors).extracting(ServerFloor.Floor::operation).containsExactly("set", "get");
        assertThat(floors).allSatisfy(floor -> {
            assertThat(floor.averageMicros()).isPositive();
            assertThat(floor.opsPerSecond()).isPositive();
        });
    }

    @Test
    void memaslapIsRunAndRead(Servers servers) {
        Optional<Path> tool = ServerFloor.memaslapOnPath();
        assumeTrue(tool.isPresent(), "memaslap is not on the PATH (Debian: libmemcached-tools)");
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults());

        ServerFloor.Floor floor = ServerFloor.memaslap(tool.get(), memcached, "get", 100, 1);

        assertThat(floor.averageMicros()).isPositive();
        assertThat(floor.opsPerSecond()).isPositive();
        assertThat(floor.misses()).as("gets that missed: the tool must read what it wrote").isZero();
    }
}

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
import workshop.lesson05.verdict.MemcachedStore;
import workshop.lesson05.verdict.MemoryPerItem;
import workshop.lesson05.verdict.Payloads;
import workshop.lesson05.verdict.RedisStore;
import workshop.lesson05.verdict.ServerFloor;
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
        try (KeyValueStore redisStore = new RedisStore(redis, 2); KeyValueStore memcachedStore = new MemcachedStore(memcached, 2)) {
            for (KeyValueStore store : List.of(redisStore, memcachedStore)) {
                for (int i = 0; i < Payloads.BATCH; i++) {
                    store.set(Payloads.key(i), value);
                }

                assertThat(store.get(Payloads.key(3))).as("%s, one %d-byte value", store.getClass().getSimpleName(), size).isEqualTo(value);
                assertThat(store.getMany(Payloads.batch(0))).as("a batch").hasSize(Payloads.BATCH).allSatisfy(read -> assertThat(read).isEqualTo(value));
                assertThat(store.get("verdict:absent")).isNull();
            }
        }
    }

    @Test
    void memoryPerItemIsTheServersOwnCountAndCoversAtLeastTheBytesStored(Servers servers) {
        RedisServer redis = servers.redis(RedisConfig.defaults());
        MemcachedServer memcached = servers.memcached(MemcachedConfig.defaults().memoryLimit(256));

        MemoryPerItem.Measured inRedis = MemoryPerItem.redis(redis, 100);
        MemoryPerItem.Measured inMemcached = MemoryPerItem.memcached(memcached, 100);

        // An item costs at least its own bytes, and less than four times them, in either server.
        assertThat(inRedis.overhead()).as("Redis, server bytes per byte stored").isBetween(1.0, 4.0);
        assertThat(inMemcached.overhead()).as("Memcached, server bytes per byte stored").isBetween(1.0, 4.0);
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

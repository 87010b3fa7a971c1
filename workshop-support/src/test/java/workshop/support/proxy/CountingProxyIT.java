package workshop.support.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;

import workshop.support.junit.RealServers;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;

/** The counting proxy against real servers: a loop waits for every reply, a pipeline or multi-get does not. */
@RealServers
class CountingProxyIT {

    private static final int N = 7;

    @Test
    void aLoopOfSetsIsOneRoundTripPerCommand(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            client.ping(); // the connection is made and idle: count only the loop
            proxy.reset();

            for (int i = 0; i < N; i++) {
                client.set(redis.namespace() + "loop:" + i, "v" + i);
            }

            Traffic traffic = proxy.traffic();
            assertThat(traffic.roundTrips()).as("a loop of %d SETs, each waiting for its reply: %s", N, traffic).isEqualTo(N);
            assertThat(traffic.commands("SET")).as("SET commands seen: %s", traffic).isEqualTo(N);
            assertThat(traffic.bytesToServer()).isPositive();
            assertThat(traffic.bytesToClient()).isEqualTo(N * "+OK\r\n".length());
        }
    }

    @Test
    void aPipelineOfSetsIsOneRoundTrip(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            client.ping();
            proxy.reset();

            try (AbstractPipeline pipeline = client.pipelined()) {
                for (int i = 0; i < N; i++) {
                    pipeline.set(redis.namespace() + "pipelined:" + i, "v" + i);
                }
                pipeline.sync();
            }

            Traffic traffic = proxy.traffic();
            assertThat(traffic.roundTrips()).as("a pipeline of %d SETs: %s", N, traffic).isEqualTo(1);
            assertThat(traffic.commands("SET")).as("SET commands seen: %s", traffic).isEqualTo(N);
            assertThat(client.get(redis.namespace() + "pipelined:6")).isEqualTo("v6");
        }
    }

    @Test
    void resetStartsFromZero(RedisServer redis) {
        try (CountingProxy proxy = CountingProxy.redis(redis.address()); RedisClient client = redis.newClientThrough(proxy)) {
            client.set(redis.namespace() + "reset", "v");
            assertThat(proxy.roundTrips()).isPositive();

            proxy.reset();

            assertThat(proxy.traffic()).isEqualTo(new Traffic(0, 0, 0, 0, Map.of()));
            client.get(redis.namespace() + "reset");
            assertThat(proxy.traffic().commands()).isEqualTo(Map.of("GET", 1L));
            assertThat(proxy.roundTrips()).isEqualTo(1);
        }
    }

    @Test
    void aMemcachedGetBulkIsOneRoundTripAndALoopOfGetsIsOnePerKey(MemcachedServer memcached) throws Exception {
        try (CountingProxy proxy = CountingProxy.memcached(memcached.address())) {
            MemcachedClient client = memcached.newClientThrough(proxy);
            try {
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < N; i++) {
                    String key = memcached.namespace() + "bulk:" + i;
                    keys.add(key);
                    client.set(key, 60, "v" + i).get();
                }
                proxy.reset();

                Map<String, Object> values = client.getBulk(keys);

                Traffic bulk = proxy.traffic();
                assertThat(values).hasSize(N);
                assertThat(bulk.roundTrips()).as("one getBulk of %d keys: %s", N, bulk).isEqualTo(1);
                proxy.reset();

                for (String key : keys) {
                    client.get(key);
                }

                Traffic loop = proxy.traffic();
                assertThat(loop.roundTrips()).as("a loop of %d gets: %s", N, loop).isEqualTo(N);
                assertThat(loop.commands("get")).as("get commands seen: %s", loop).isEqualTo(N);
            } finally {
                client.shutdown();
            }
        }
    }
}

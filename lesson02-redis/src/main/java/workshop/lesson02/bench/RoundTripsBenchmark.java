package workshop.lesson02.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * Ten products: ten GETs wait for ten round trips, one after the other; MGET and a pipeline send all ten at once
 * and wait once. On loopback a round trip is tens of microseconds; across a data centre, half a millisecond or
 * more — and the gap grows with it.
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -pl lesson02-redis -am -Dbench.include=RoundTrips}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RoundTripsBenchmark {

    private String[] tenKeys;

    @Setup
    public void keys(RedisState state) {
        tenKeys = LongStream.rangeClosed(1, 10).mapToObj(state.keys::product).toArray(String[]::new);
    }

    @Benchmark
    public List<String> baselineSequentialGets(RedisState state) {
        List<String> values = new ArrayList<>(tenKeys.length);
        for (String key : tenKeys) {
            values.add(state.redis.get(key));
        }
        return values;
    }

    @Benchmark
    public List<String> oneMget(RedisState state) {
        return state.redis.mget(tenKeys);
    }

    @Benchmark
    public List<String> onePipeline(RedisState state) {
        List<Response<String>> responses = new ArrayList<>(tenKeys.length);
        try (AbstractPipeline pipeline = state.redis.pipelined()) {
            for (String key : tenKeys) {
                responses.add(pipeline.get(key));
            }
            pipeline.sync();
        }
        return responses.stream().map(Response::get).toList();
    }
}

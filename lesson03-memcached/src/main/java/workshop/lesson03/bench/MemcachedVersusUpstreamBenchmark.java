package workshop.lesson03.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import workshop.lesson03.Weather;
import workshop.lesson03.WeatherJson;

/**
 * What a Memcached hit costs next to the upstream call it saves: one loopback round trip (tens of microseconds)
 * against a 100 ms call to a remote API.
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -pl lesson03-memcached -am -Dbench.include=MemcachedVersusUpstream}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MemcachedVersusUpstreamBenchmark {

    @Benchmark
    public Weather uncachedUpstreamCall(MemcachedState state) {
        return state.upstream.current("city-42");
    }

    @Benchmark
    public Weather memcachedGet(MemcachedState state) {
        return WeatherJson.read((String) state.memcached.get(state.keys.forCity("city-42")));
    }
}

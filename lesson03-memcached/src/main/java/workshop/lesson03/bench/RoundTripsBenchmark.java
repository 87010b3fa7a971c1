package workshop.lesson03.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ten cities: ten {@code get}s wait for ten round trips, one after the other; one {@code getBulk} sends all ten
 * keys in one request and waits once.
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -pl lesson03-memcached -am -Dbench.include=RoundTrips}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RoundTripsBenchmark {

    private List<String> tenKeys;

    @Setup
    public void keys(MemcachedState state) {
        tenKeys = IntStream.range(0, 10).mapToObj(city -> state.keys.forCity("city-" + city)).toList();
    }

    @Benchmark
    public List<Object> baselineSequentialGets(MemcachedState state) {
        List<Object> values = new ArrayList<>(tenKeys.size());
        for (String key : tenKeys) {
            values.add(state.memcached.get(key));
        }
        return values;
    }

    @Benchmark
    public Map<String, Object> oneGetBulk(MemcachedState state) {
        return state.memcached.getBulk(tenKeys);
    }
}

package workshop.lesson05.verdict;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * One thread, one request at a time: how long a GET and a SET take, Redis against Memcached, at 100 B, 10 KB and
 * 100 KB. Run by {@link VerdictRunner}, next to each server's own benchmark tool.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerdictLatencyBenchmark {

    @Benchmark
    public byte[] get(StoreState state, StoreState.Cursor cursor) {
        return state.client.get(cursor.nextKey());
    }

    @Benchmark
    public void set(StoreState state, StoreState.Cursor cursor) {
        state.client.set(cursor.nextKey(), state.value);
    }
}

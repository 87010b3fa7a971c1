package workshop.lesson05.verdict;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * One thread, one request at a time: how long a GET and a SET take, at 100 B, 10 KB and 100 KB, through each client
 * of {@link Stores}. Sampled (JMH's SampleTime): the mean with its error, and the distribution — p50, p99, p99.9 —
 * because a cache is judged by its slow requests too. Run by {@link VerdictRunner}, next to each server's own tool.
 */
@BenchmarkMode(Mode.SampleTime)
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

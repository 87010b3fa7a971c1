package workshop.lesson05.verdict;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * GETs per millisecond from 1, 4 and 16 threads at once (one connection each; {@link VerdictRunner} sets the
 * thread count): does the server keep up as clients are added? Redis runs commands on one thread; Memcached on
 * several (four by default).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VerdictThroughputBenchmark {

    @Benchmark
    public byte[] get(StoreState state, StoreState.Cursor cursor) {
        return state.client.get(cursor.nextKey());
    }
}

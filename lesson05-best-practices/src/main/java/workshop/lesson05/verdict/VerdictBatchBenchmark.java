package workshop.lesson05.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Ten values: one round trip (MGET, or Memcached's multi-key get) against ten GETs in a row. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerdictBatchBenchmark {

    @Benchmark
    public List<byte[]> getMany(StoreState state, StoreState.Cursor cursor) {
        return state.client.getMany(Payloads.batch(cursor.nextIndex()));
    }

    @Benchmark
    public List<byte[]> getOneByOne(StoreState state, StoreState.Cursor cursor) {
        List<byte[]> values = new ArrayList<>(Payloads.BATCH);
        for (String key : Payloads.batch(cursor.nextIndex())) {
            values.add(state.client.get(key));
        }
        return values;
    }
}

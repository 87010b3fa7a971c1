package workshop.support.bench;

import java.util.List;

/** The benchmarks compiled into this classpath, as JMH's annotation processor listed them. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * The benchmark methods ({@code package.Class.method}, once per parameter combination) matching a regular
     * expression. Empty when the annotation processor did not run: a lesson's test calls this to catch a build
     * that silently compiled its benchmarks without their harness (JDK 23+ no longer runs processors unasked).
     */
    public static List<String> listed(String include) {
        return BenchmarkTable.listed(include);
    }
}

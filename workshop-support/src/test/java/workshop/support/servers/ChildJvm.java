package workshop.support.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A main class of this module in a JVM of its own, for tests about what happens when a JVM dies. Its output
 * (stdout and stderr together) is collected as it comes, so that a failure can show what the child said.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::collect, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    static Process start(Class<?> main, Consumer<Map<String, String>> environment) throws IOException {
        return builder(main, environment).start();
    }

    /** Starts it with its output collected (see {@link #valuesOf}, {@link #output}). */
    static ChildJvm run(Class<?> main, Consumer<Map<String, String>> environment) throws IOException {
        return new ChildJvm(builder(main, environment).redirectErrorStream(true).start());
    }

    private static ProcessBuilder builder(Class<?> main, Consumer<Map<String, String>> environment) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()));
        environment.accept(builder.environment());
        return builder;
    }

    private void collect() {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the child is gone: what it said is kept
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /**
     * The values of the child's first output line that starts with {@code prefix}, waiting at most {@code limit};
     * fails with everything the child said when it never prints one.
     */
    synchronized List<String> valuesOf(String prefix, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            for (String line : lines) {
                if (line.startsWith(prefix)) {
                    return Arrays.asList(line.substring(prefix.length()).split(" "));
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                throw new AssertionError("the child JVM " + (ended ? "ended" : "ran for " + limit.toSeconds() + " s")
                        + " without printing " + prefix.trim() + ". Its output:\n" + output());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Everything it printed so far. */
    synchronized String output() {
        return String.join("\n", lines);
    }

    /** SIGKILL on Linux and macOS; returns once it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}

package workshop.support.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Many readers or writers started at the same moment, each on a thread of its own, for tests of races: a latch holds
 * every task until all threads are up, so none finishes before the last one starts. (A pool sized by the machine
 * would run them one after the other on a small one: see {@code ThreadPerTask}.)
 */
public final class AllAtOnce {

    /** Only a safety net for a task that hangs: a working one never comes near it. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A task that returns nothing. */
    public interface Task {
        void run() throws Exception;
    }

    private AllAtOnce() {
    }

    /** Runs {@code copies} copies of the task at once; rethrows the first failure as it is. */
    public static void run(int copies, Task task) throws Exception {
        call(copies, () -> {
            task.run();
            return null;
        });
    }

    /** Runs {@code copies} copies of the call at once; their answers in the order they were started. */
    public static <T> List<T> call(int copies, Callable<T> call) throws Exception {
        return call(Collections.nCopies(copies, call));
    }

    /** Runs every call at once, each on a thread of its own; their answers in order; rethrows the first failure as it is. */
    public static <T> List<T> call(List<? extends Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<FutureTask<T>> tasks = new ArrayList<>();
        for (Callable<T> call : calls) {
            FutureTask<T> task = new FutureTask<>(() -> {
                start.await();
                return call.call();
            });
            Thread thread = new Thread(task, "all-at-once-" + tasks.size());
            thread.setDaemon(true); // a task a failed test left waiting must not keep the JVM alive
            thread.start();
            tasks.add(task);
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (FutureTask<T> task : tasks) {
            answers.add(answer(task));
        }
        return answers;
    }

    private static <T> T answer(FutureTask<T> task) throws Exception {
        try {
            return task.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new AssertionError("a task started with the others was still running " + PATIENCE.toSeconds() + " s later", e);
        }
    }
}

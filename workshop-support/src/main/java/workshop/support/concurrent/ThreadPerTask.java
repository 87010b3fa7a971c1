package workshop.support.concurrent;

import java.util.concurrent.Executor;

/**
 * Runs every task on a thread of its own, for tests whose tasks must truly run at the same time.
 *
 * <p>{@code CompletableFuture.supplyAsync(task)} without an executor is not that: on a machine with two cores the
 * common pool has one thread, and from JDK 25 on (earlier JDKs started a thread per task there) a task that waits for
 * another one blocks it for ever — a correct single-flight cache then looks like one with one lock for every key,
 * and a race test runs its racers one after the other. Pass {@link #INSTANCE} as the executor instead.
 */
public final class ThreadPerTask implements Executor {

    /** The one instance: it holds no state. */
    public static final ThreadPerTask INSTANCE = new ThreadPerTask();

    private ThreadPerTask() {
    }

    @Override
    public void execute(Runnable task) {
        Thread thread = new Thread(task, "test-task");
        thread.setDaemon(true); // a task a failed test left waiting must not keep the JVM alive
        thread.start();
    }
}

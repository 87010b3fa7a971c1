package workshop.lesson01;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.awaitility.Awaitility;

/**
 * One call on a thread of its own, which a test can watch: has it returned, or is it parked (blocked on a lock,
 * waiting on a future or a latch)? Concurrency shown by what each thread is doing, never by how long it took.
 */
final class Worker<T> {

    /** Only a safety net for a broken cache: a working one never comes near it. */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final FutureTask<T> task;
    private final Thread thread;

    private Worker(String name, Callable<T> call) {
        this.task = new FutureTask<>(call);
        this.thread = new Thread(task, name);
        thread.setDaemon(true);
    }

    static <T> Worker<T> start(String name, Callable<T> call) {
        Worker<T> worker = new Worker<>(name, call);
        worker.thread.start();
        return worker;
    }

    /** Waits until the call has returned (or thrown) or its thread is parked; true if it returned. */
    boolean returnsWithoutWaiting() {
        Awaitility.await().alias(thread.getName() + " returns or parks").atMost(PATIENCE).pollInterval(Duration.ofMillis(1))
                .until(() -> task.isDone() || isParked());
        return task.isDone();
    }

    /** Waits until the thread is parked (waiting for something), or has returned; true if parked. */
    boolean waits() {
        return !returnsWithoutWaiting();
    }

    boolean isParked() {
        Thread.State state = thread.getState();
        return state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    Thread.State state() {
        return thread.getState();
    }

    /** The call's answer, or what it threw (unwrapped); fails the test if it is still waiting after PATIENCE. */
    T result() throws Exception {
        try {
            return task.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw stillWaiting();
        }
    }

    /** What the call threw (unwrapped), or null if it returned; fails the test if it is still waiting after PATIENCE. */
    Throwable thrown() throws InterruptedException {
        try {
            task.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw stillWaiting();
        }
    }

    private AssertionError stillWaiting() {
        return new AssertionError("the " + thread.getName() + " was still waiting " + PATIENCE.toSeconds() + " s later ("
                + thread.getState() + "): nobody handed it an answer. A thread that waits for another's load must get"
                + " that load's outcome, its value or its failure");
    }

    /** Waits for the latch (a gate a test opens), at most PATIENCE. */
    static void await(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

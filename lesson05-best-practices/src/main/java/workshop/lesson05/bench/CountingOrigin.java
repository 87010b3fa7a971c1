package workshop.lesson05.bench;

import java.util.concurrent.Executor;

import workshop.lesson05.PriceService;
import workshop.lesson05.PriceSource;

/**
 * The pricing engine, counting its calls per calling thread, so each benchmark thread can attribute exactly the
 * origin calls its own requests made (a shared counter would also count the other threads' calls).
 */
final class CountingOrigin implements PriceSource {

    private final PriceService engine;
    private final ThreadLocal<long[]> callsByThisThread = ThreadLocal.withInitial(() -> new long[1]);

    CountingOrigin(PriceService engine) {
        this.engine = engine;
    }

    @Override
    public String price(long productId) {
        callsByThisThread.get()[0]++;
        return engine.price(productId);
    }

    /**
     * An executor for refreshes made in the background, each of which calls the origin exactly once: the call is
     * counted for the request that handed it over, as if it had made it itself.
     */
    Executor countingHandOffs(Executor background) {
        return refresh -> {
            callsByThisThread.get()[0]++;
            background.execute(refresh);
        };
    }

    long callsByThisThread() {
        return callsByThisThread.get()[0];
    }
}

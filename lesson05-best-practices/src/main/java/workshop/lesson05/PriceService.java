package workshop.lesson05;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import workshop.support.origin.SimulatedLatency;

/**
 * The origin of this lesson: a pricing engine that takes a while to compute a product's price (deliberately slow),
 * and counts how often it is asked — a stampede shows as that number jumping. Prices can be changed (a write to the
 * origin, which is when a cache must be invalidated).
 */
public final class PriceService implements PriceSource {

    /** About what a pricing engine with a few rules and a database lookup costs. */
    public static final Duration TYPICAL_LATENCY = Duration.ofMillis(50);

    private final SimulatedLatency latency;
    private final AtomicLong calls = new AtomicLong();
    private final ThreadLocal<long[]> callsOnThisThread = ThreadLocal.withInitial(() -> new long[1]);
    private final Map<Long, String> changed = new ConcurrentHashMap<>();

    public PriceService(Duration latency) {
        this.latency = SimulatedLatency.of(latency);
    }

    @Override
    public String price(long productId) {
        calls.incrementAndGet();
        callsOnThisThread.get()[0]++;
        latency.pause(); // deliberately slow: the pricing engine at work
        String price = changed.get(productId);
        // Reduced before multiplying: productId × 37 would overflow a long (into negative prices) for ids past 2^63 / 37.
        return price != null ? price : Long.toString(100 + Math.floorMod(productId, 9_900) * 37 % 9_900);
    }

    /** A write to the origin: from now on it answers this price (in cents). */
    public void change(long productId, long priceCents) {
        if (priceCents < 0) {
            throw new IllegalArgumentException("a price cannot be negative, was " + priceCents);
        }
        changed.put(productId, Long.toString(priceCents));
    }

    public long calls() {
        return calls.get();
    }

    /**
     * The calls made by the current thread: a request whose thread asked the engine was a miss of every cache level
     * (the API's {@code X-Cache: MISS}); one that did not was a hit (or waited for another request's call).
     */
    public long callsOnThisThread() {
        return callsOnThisThread.get()[0];
    }
}

package workshop.lesson05;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import workshop.support.origin.SimulatedLatency;

/**
 * The origin of this lesson: a pricing engine that takes a while to compute a product's price (deliberately slow),
 * and counts how often it is asked — a stampede shows as that number jumping.
 */
public final class PriceService implements PriceSource {

    /** About what a pricing engine with a few rules and a database lookup costs. */
    public static final Duration TYPICAL_LATENCY = Duration.ofMillis(50);

    private final SimulatedLatency latency;
    private final AtomicLong calls = new AtomicLong();

    public PriceService(Duration latency) {
        this.latency = SimulatedLatency.of(latency);
    }

    @Override
    public String price(long productId) {
        calls.incrementAndGet();
        latency.pause(); // deliberately slow: the pricing engine at work
        return Long.toString(100 + (productId * 37) % 9_900);
    }

    public long calls() {
        return calls.get();
    }
}

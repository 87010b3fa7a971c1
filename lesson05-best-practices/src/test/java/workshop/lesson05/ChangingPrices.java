package workshop.lesson05;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** An instant origin whose prices a test can change (a write to the pricing engine), counting its calls. */
final class ChangingPrices implements PriceSource {

    private final Map<Long, String> changed = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    @Override
    public String price(long productId) {
        calls.incrementAndGet();
        return changed.getOrDefault(productId, Fixtures.instantOrigin().price(productId));
    }

    /** The write itself: from now on the origin answers this price. */
    void change(long productId, String price) {
        changed.put(productId, price);
    }

    long calls() {
        return calls.get();
    }
}

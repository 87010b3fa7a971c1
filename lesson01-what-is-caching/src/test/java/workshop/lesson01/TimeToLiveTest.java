package workshop.lesson01;

import org.junit.jupiter.api.DisplayName;

/** The hand-made cache, exercise 1.2: entries expire after their time to live, on an injected clock. */
@DisplayName("Exercise 1.2: Time to live with an injected clock")
class TimeToLiveTest implements TimeToLiveContract {

    @Override
    public Cache<Long, Product> newCache(CacheSettings settings) {
        return new HandMadeCache<>(settings);
    }
}

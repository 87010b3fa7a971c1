package workshop.lesson05;

import java.time.Duration;

import workshop.support.servers.RedisServer;
import workshop.support.testing.FreshNamespace;

/** Fresh keys per test (tests never see each other's data) and an instant origin. */
final class Fixtures {

    private Fixtures() {
    }

    static Keys freshKeys(RedisServer redis) {
        return new Keys(FreshNamespace.inside(redis));
    }

    static PriceService instantOrigin() {
        return new PriceService(Duration.ZERO);
    }
}

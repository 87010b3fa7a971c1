package workshop.lesson05;

import java.time.Duration;
import java.util.UUID;

import workshop.support.servers.RedisServer;

/** Fresh keys per test (tests never see each other's data), and an instant origin. */
final class Fixtures {

    private Fixtures() {
    }

    static Keys freshKeys(RedisServer redis) {
        return new Keys(redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":");
    }

    static PriceService instantOrigin() {
        return new PriceService(Duration.ZERO);
    }
}

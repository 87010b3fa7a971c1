package workshop.lesson04.bench;

import java.time.Duration;
import java.util.Optional;

import workshop.lesson04.Cache;

/** The cache that is not there: every read misses. The benchmark's baseline, through the very same code path. */
final class NoCache implements Cache {

    @Override
    public Optional<String> get(String key) {
        return Optional.empty();
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        // nothing is kept: that is the point
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return false;
    }

    @Override
    public void delete(String key) {
        // nothing to forget
    }
}

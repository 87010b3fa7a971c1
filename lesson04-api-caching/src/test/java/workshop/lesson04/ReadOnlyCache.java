package workshop.lesson04;

import java.time.Duration;
import java.util.Optional;

/**
 * A real cache that answers reads but fails every write with {@link CacheUnavailableException}: a store that went
 * down between a request's read and its write (or that is full, or read-only on a failover), on cue.
 */
final class ReadOnlyCache implements Cache {

    private final Cache delegate;

    ReadOnlyCache(Cache delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<String> get(String key) {
        return delegate.get(key);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        throw new CacheUnavailableException("the store went down before this write (on cue)", null);
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        throw new CacheUnavailableException("the store went down before this write (on cue)", null);
    }

    @Override
    public void delete(String key) {
        throw new CacheUnavailableException("the store went down before this delete (on cue)", null);
    }
}

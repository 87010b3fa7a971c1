package workshop.support.servers;

import java.util.List;
import java.util.stream.Stream;

/**
 * How to start a Memcached beyond the workshop's safe defaults (loopback only, UDP off).
 *
 * @param memoryMegabytes the cache's memory limit ({@code -m}); past it, Memcached evicts least recently used items
 * @param extraArguments  any other command-line options, e.g. {@code List.of("-I", "2m")} for 2 MB items
 */
public record MemcachedConfig(int memoryMegabytes, List<String> extraArguments) {

    private static final int DEFAULT_MEGABYTES = 64;

    public MemcachedConfig {
        if (memoryMegabytes < 1) {
            throw new IllegalArgumentException("memoryMegabytes must be at least 1, was " + memoryMegabytes);
        }
        extraArguments = List.copyOf(extraArguments);
    }

    public static MemcachedConfig defaults() {
        return new MemcachedConfig(DEFAULT_MEGABYTES, List.of());
    }

    public MemcachedConfig memoryLimit(int megabytes) {
        return new MemcachedConfig(megabytes, extraArguments);
    }

    public MemcachedConfig withArguments(String... arguments) {
        return new MemcachedConfig(memoryMegabytes,
                Stream.concat(extraArguments.stream(), Stream.of(arguments)).toList());
    }

    public boolean isDefault() {
        return equals(defaults());
    }
}

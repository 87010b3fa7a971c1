package workshop.lesson03;

import java.nio.charset.StandardCharsets;

/**
 * Memcached's rule for keys, in one place: at most 250 bytes, and no spaces or control characters (its text
 * protocol splits commands on them). spymemcached refuses such keys with an IllegalArgumentException; a client
 * that did not would corrupt the conversation with the server.
 */
public final class MemcachedKeys {

    public static final int MAX_BYTES = 250;

    private MemcachedKeys() {
    }

    /** True when Memcached (and every client of it) accepts this key as it is. */
    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return key.chars().allMatch(c -> c > 32 && c < 127); // printable ASCII, no space
    }
}

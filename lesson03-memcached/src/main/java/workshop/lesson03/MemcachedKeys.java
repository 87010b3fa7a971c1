package workshop.lesson03;

import java.nio.charset.StandardCharsets;

/**
 * The workshop's rule for keys, in one place: at most 250 bytes of printable ASCII, no spaces. Memcached's own
 * limits are 250 bytes and no whitespace or control characters (its text protocol splits commands on them);
 * spymemcached refuses only spaces, line breaks, NUL and over-long keys. We are stricter on purpose: 250 is a count
 * of bytes, not letters (a non-ASCII name is longer than it looks), and one city typed two ways in Unicode
 * (é as one character, or as e and an accent) would otherwise become two keys.
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

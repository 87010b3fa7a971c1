package workshop.lesson05;

import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.6, part two: treat the cache as untrusted storage. A value with personal data is encrypted before it is
 * cached (AES-GCM: secret and tamper-evident), with a key that lives in the environment, not in the code or the
 * cache. A dump of the cache (a backup, a replica, a stolen RDB file) then reveals nothing.
 */
public final class SensitiveValues {

    /** The environment variable that holds the key: 32 random bytes, Base64-encoded. */
    public static final String KEY_VARIABLE = "CACHE_ENCRYPTION_KEY";

    private final SecretKeySpec key;

    public SensitiveValues(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("An AES-256 key is 32 bytes, was " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key from {@link #KEY_VARIABLE} (Base64); missing: an IllegalStateException that names the variable. */
    public static SensitiveValues fromEnvironment(Map<String, String> environment) {
        throw Todo.exercise("5.6", "implement SensitiveValues.fromEnvironment(environment): the key from CACHE_ENCRYPTION_KEY");
    }

    /**
     * The value sealed with AES-GCM (secret and tamper-evident), as text: a fresh random IV for every value (one
     * never reused with a key: GCM's security depends on it), stored in front of the ciphertext so that
     * {@link #decrypt} finds it. README: "Exercise 5.6".
     */
    public String encrypt(String plaintext) {
        throw Todo.exercise("5.6", "implement SensitiveValues.encrypt(plaintext) with AES-GCM and a random IV");
    }

    /** The plaintext; an IllegalArgumentException if the value was altered or sealed with another key. */
    public String decrypt(String stored) {
        throw Todo.exercise("5.6", "implement SensitiveValues.decrypt(stored): the inverse of encrypt, failing on tampering");
    }
}

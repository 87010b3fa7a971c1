package workshop.lesson05;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Exercise 5.6, part two: treat the cache as untrusted storage. A value with personal data is encrypted before it is
 * cached (AES-GCM: secret and tamper-evident), with a key that lives in the environment, not in the code or the
 * cache. A dump of the cache (a backup, a replica, a stolen RDB file) then reveals nothing.
 */
public final class SensitiveValues {

    /** The environment variable that holds the key: 32 random bytes, Base64-encoded. */
    public static final String KEY_VARIABLE = "CACHE_ENCRYPTION_KEY";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SensitiveValues(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("An AES-256 key is 32 bytes, was " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key from the environment, or a clear error naming the variable. */
    public static SensitiveValues fromEnvironment(Map<String, String> environment) {
        String encoded = environment.get(KEY_VARIABLE);
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalStateException("Set " + KEY_VARIABLE + " to 32 random bytes in Base64, e.g. `openssl rand -base64 32`");
        }
        return new SensitiveValues(Base64.getDecoder().decode(encoded.strip()));
    }

    /** Base64 of a fresh random IV followed by the ciphertext and its authentication tag. */
    public String encrypt(String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    /** The plaintext; an IllegalArgumentException if the value was altered or sealed with another key. */
    public String decrypt(String stored) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("This value was altered, or sealed with another key", e);
        }
    }
}

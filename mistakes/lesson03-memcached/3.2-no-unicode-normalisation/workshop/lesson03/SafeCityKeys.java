package workshop.lesson03;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Exercise 3.2: a valid Memcached key for any city name a user can type. The same city always gets the same key
 * ("Oslo", " oslo ", "OSLO"); a name that cannot be a key as it is (non-ASCII letters, or too long) is hashed.
 */
public final class SafeCityKeys implements CityKeys {

    private final String namespace;

    public SafeCityKeys(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public String forCity(String city) {
        // One spelling per city: Unicode composed form (é is one character, not e + ´), lower case, one hyphen per run of spaces.
        String normalised = city.strip()
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        String readable = namespace + "lesson03:weather:" + normalised;
        if (MemcachedKeys.isValid(readable)) {
            return readable;
        }
        return namespace + "lesson03:weather:sha256:" + sha256(normalised);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}

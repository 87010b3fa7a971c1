package workshop.lesson03;

import workshop.support.exercises.Todo;

/**
 * Exercise 3.2: a valid Memcached key for any city name a user can type. The same city always gets the same key
 * ("Oslo", " oslo ", "OSLO"); a name that cannot be a key as it is (non-ASCII letters, or too long) is hashed.
 */
public final class SafeCityKeys implements CityKeys {

    private final String namespace;

    public SafeCityKeys(String namespace) {
        this.namespace = namespace;
    }

    /**
     * {@code namespace + "lesson03:weather:" + the normalised name} (stripped, Unicode NFC, lower case, runs of
     * whitespace as one "-"), when {@link MemcachedKeys#isValid} accepts it; otherwise the same prefix with
     * "sha256:" and the SHA-256 of the normalised name in hex.
     */
    @Override
    public String forCity(String city) {
        throw Todo.exercise("3.2", "implement SafeCityKeys.forCity(city): a normalised, valid key, hashed when it has to be");
    }
}

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
     * A key Memcached accepts for any name a user can type, after {@code namespace + "lesson03:weather:"}: one key
     * per city however it is typed (spaces, letter case, the two Unicode spellings of "ã"), different keys for
     * different cities, readable when the name allows it. README: "Exercise 3.2"; hints: {@code hints/3.2.md}.
     */
    @Override
    public String forCity(String city) {
        throw Todo.exercise("3.2", "implement SafeCityKeys.forCity(city): one valid key per city, however it is typed, readable when it can be");
    }
}

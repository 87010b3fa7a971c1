package workshop.support.exercises;

/**
 * What an exercise stub throws until the student writes it: which exercise it is, what to do, and where the
 * lesson's README explains it. Its message is what the red test shows.
 *
 * <pre>{@code
 * public V get(K key) {
 *     throw Todo.exercise("1.1", "return the cached value, or load it from the origin and remember it");
 * }
 * }</pre>
 */
public final class Todo {

    private Todo() {
    }

    public static UnsupportedOperationException exercise(String id, String whatToDo) {
        return new UnsupportedOperationException("Exercise " + id + " is not done yet: " + whatToDo
                + ". The lesson's README.md explains how, in the section \"Exercise " + id + "\"; stuck? one hint at a"
                + " time: ./mvnw -q validate -Phint -Dexercise=" + id);
    }
}

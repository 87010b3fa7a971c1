package workshop.lesson05;

import workshop.support.exercises.Todo;

/**
 * Exercise 5.5, part two: large values compressed before they are cached. Memory is the cache's budget; JSON
 * compresses well. Small values stay as they are: compressing them costs CPU and can even make them larger.
 * A one-character marker says which form a value is in, so the two can be told apart on the way back.
 */
public final class ValueCodec {

    /** No cached value is this large; a value that inflates past it is a "zip bomb", refused before it fills the heap. */
    public static final int MAX_DECODED_BYTES = 8 * 1024 * 1024;

    private final int threshold;

    /** @param threshold values of more characters than this are compressed */
    public ValueCodec(int threshold) {
        this.threshold = threshold;
    }

    /**
     * A value of at most {@code threshold} characters is stored as it is, behind the marker "p"; a longer one
     * compressed (gzip), as text, behind the marker "z". README: "Exercise 5.5".
     */
    public String encode(String value) {
        throw Todo.exercise("5.5", "implement ValueCodec.encode(value): mark small values, gzip and Base64 large ones");
    }

    /**
     * The value {@link #encode} was given; anything this codec did not write (no known marker), or that inflates past
     * {@link #MAX_DECODED_BYTES}, is refused.
     */
    public String decode(String stored) {
        throw Todo.exercise("5.5", "implement ValueCodec.decode(stored): the inverse of encode");
    }
}

package workshop.lesson05.verdict;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** The same keys and the same value bytes for both servers: random, so that nothing on the way can compress them. */
public final class Payloads {

    /** Keys read and written in turn: enough to not be one hot key, few enough to fit 100 KB values in 64 MB. */
    public static final int KEYS = 100;
    /** How many keys a batch read asks for. */
    public static final int BATCH = 10;

    private Payloads() {
    }

    public static byte[] value(int size) {
        byte[] bytes = new byte[size];
        new SplittableRandom(size).nextBytes(bytes);
        return bytes;
    }

    public static String key(int index) {
        return "verdict:" + index;
    }

    public static List<String> batch(int first) {
        return IntStream.range(first, first + BATCH).mapToObj(i -> key(i % KEYS)).toList();
    }
}

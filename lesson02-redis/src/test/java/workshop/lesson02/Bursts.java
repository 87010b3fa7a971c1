package workshop.lesson02;

import java.util.function.Predicate;

/** A client's burst of requests against a limiter, and how many it let through. */
final class Bursts {

    private Bursts() {
    }

    static int admitted(Predicate<String> limiter, String client, int requests) {
        int admitted = 0;
        for (int i = 0; i < requests; i++) {
            if (limiter.test(client)) {
                admitted++;
            }
        }
        return admitted;
    }
}

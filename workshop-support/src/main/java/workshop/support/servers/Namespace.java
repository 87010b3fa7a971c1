package workshop.support.servers;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Key prefixes for servers shared with others: tests then never see or touch each other's keys. */
final class Namespace {

    private Namespace() {
    }

    /** A prefix no other run will pick, e.g. {@code workshop-test:1a2b3c4d:}. */
    static String unique() {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return "workshop-test:" + HexFormat.of().formatHex(random) + ":";
    }
}

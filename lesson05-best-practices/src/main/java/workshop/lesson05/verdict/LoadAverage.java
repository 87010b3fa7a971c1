package workshop.lesson05.verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average (1, 5 and 15 minutes), read at the start and the end of a run: how busy it was. */
record LoadAverage(String oneFiveFifteen) {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    /** Now, or "unknown" where /proc/loadavg does not exist (macOS, Windows). */
    static LoadAverage now() {
        try {
            return parse(Files.readString(LOADAVG));
        } catch (IOException | RuntimeException e) {
            return new LoadAverage("unknown");
        }
    }

    /** From /proc/loadavg's line, e.g. {@code 3.49 1.65 1.46 2/512 12345}. */
    static LoadAverage parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 3) {
            throw new IllegalArgumentException("Not a load average: " + line);
        }
        return new LoadAverage(fields[0] + " / " + fields[1] + " / " + fields[2]);
    }

    @Override
    public String toString() {
        return oneFiveFifteen;
    }
}

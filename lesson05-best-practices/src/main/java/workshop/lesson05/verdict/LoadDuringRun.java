package workshop.lesson05.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The 1-minute load average read every ten seconds while the verdict runs: the start and the end alone can both look
 * quiet while other work came and went in between, and a reader judges a latency row by the load it was taken at.
 */
final class LoadDuringRun implements AutoCloseable {

    static final int SECONDS_BETWEEN_READINGS = 10;

    private final List<Double> readings = new ArrayList<>();
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "load-during-run");
        thread.setDaemon(true); // never keeps the JVM alive
        return thread;
    });

    LoadDuringRun() {
        reader.scheduleAtFixedRate(this::read, 0, SECONDS_BETWEEN_READINGS, TimeUnit.SECONDS);
    }

    private void read() {
        String now = LoadAverage.now().oneFiveFifteen();
        if (!now.equals("unknown")) {
            add(Double.parseDouble(now.substring(0, now.indexOf(' '))));
        }
    }

    synchronized void add(double oneMinute) {
        readings.add(oneMinute);
    }

    /** e.g. "lowest 0.61, median 7.40, highest 22.47 (190 readings, one every 10 s)". */
    synchronized String describe() {
        return summary(readings);
    }

    static String summary(List<Double> readings) {
        if (readings.isEmpty()) {
            return "not read (no /proc/loadavg)";
        }
        List<Double> sorted = readings.stream().sorted().toList();
        return String.format(Locale.ROOT, "lowest %.2f, median %.2f, highest %.2f (%d readings, one every %d s)",
                sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size(), SECONDS_BETWEEN_READINGS);
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}

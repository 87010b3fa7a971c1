package workshop.support.drill;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import workshop.support.servers.MemcachedConfig;
import workshop.support.servers.RealServer;
import workshop.support.servers.RedisConfig;
import workshop.support.servers.Servers;

/**
 * What a hung or restarted cache costs a lesson's app, measured: the app runs in a JVM of its own, against a Redis
 * and a Memcached this drill starts (handed over through {@code REDIS_URL} / {@code MEMCACHED_SERVERS}), under
 * load from {@value #THREADS} threads. For each cache the app uses, three phases of {@value #PHASE_SECONDS} s:
 * before, with the cache frozen (SIGSTOP: connections accepted, nothing answered), and after it thaws; then the
 * cache is killed and started again on its port, and the drill counts how long until the app uses it again (its
 * first answer that is not {@code X-Cache: BYPASS}).
 *
 * <p>Run by {@code workshop-support/drill/hung-cache.sh} (see that script); needs redis-server and memcached on the
 * PATH. Arguments: {@code <app classpath> <main class> <redis|memcached|both> <path,path,...> [app argument]}.
 * A measurement, not a test: the numbers depend on the machine, so nothing here passes or fails.
 */
public final class HungCacheDrill {

    private static final int THREADS = 16;
    private static final int PHASE_SECONDS = 5;
    private static final int WARM_UP_SECONDS = 3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private HungCacheDrill() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: HungCacheDrill <app classpath> <main class> <redis|memcached|both> <path,path,...> [app argument]");
            System.exit(2);
        }
        String classpath = args[0];
        String mainClass = args[1];
        List<String> caches = args[2].equals("both") ? List.of("redis", "memcached") : List.of(args[2]);
        List<String> paths = Arrays.asList(args[3].split(","));
        String appArgument = args.length > 4 ? args[4] : null;
        String label = mainClass.substring(mainClass.lastIndexOf('.', mainClass.lastIndexOf('.') - 1) + 1)
                + (appArgument == null ? "" : " " + appArgument);

        try (Servers servers = new Servers()) {
            RealServer redis = servers.redis(RedisConfig.defaults());
            RealServer memcached = servers.memcached(MemcachedConfig.defaults());
            int port = freePort();
            Process app = startApp(classpath, mainClass, appArgument, port, redis, memcached);
            try {
                String base = "http://127.0.0.1:" + port;
                Load load = new Load(base, paths);
                awaitUp(load, app);
                load.start();
                TimeUnit.SECONDS.sleep(WARM_UP_SECONDS);
                for (String cache : caches) {
                    RealServer server = cache.equals("redis") ? redis : memcached;
                    Phase before = load.phase(PHASE_SECONDS);
                    server.pause();
                    Phase paused;
                    try {
                        paused = load.phase(PHASE_SECONDS);
                    } finally {
                        server.resume();
                    }
                    Phase after = load.phase(PHASE_SECONDS);
                    server.kill();
                    TimeUnit.MILLISECONDS.sleep(500); // the app notices: requests go BYPASS
                    server.start();
                    long readyAt = System.nanoTime();
                    long backMillis = load.millisUntilCacheUsed(readyAt, Duration.ofSeconds(30));
                    System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", label, cache,
                            before, paused, after, backMillis < 0 ? "not within 30 s" : backMillis + " ms");
                }
                load.stop();
            } finally {
                app.destroy();
                if (!app.waitFor(10, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static Process startApp(String classpath, String mainClass, String appArgument, int port,
                                    RealServer redis, RealServer memcached) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, mainClass, "--port=" + port));
        if (appArgument != null) {
            command.add(appArgument);
        }
        File log = Files.createTempFile("hung-cache-drill-app", ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().put("REDIS_URL", "redis://" + redis.address());
        builder.environment().put("MEMCACHED_SERVERS", memcached.address().toString());
        builder.environment().put("WORKSHOP_SERVERS", "path");
        System.err.println("App " + mainClass + " on port " + port + ", its output in " + log);
        return builder.start();
    }

    private static void awaitUp(Load load, Process app) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The app exited with status " + app.exitValue() + ": see its log");
            }
            if (load.answers()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("The app did not answer within 60 s");
    }

    /** Latencies of one phase: requests, p50, p99, max (ms), and answers that were not 2xx. */
    record Phase(long[] nanos, long failures) {

        @Override
        public String toString() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return "no requests";
            }
            return String.format(Locale.ROOT, "%d req, p50 %.0f, p99 %.0f, max %.0f ms%s", sorted.length,
                    percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                    failures == 0 ? "" : ", " + failures + " not 2xx");
        }

        private static double percentile(long[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    /** {@value #THREADS} threads asking for the paths in turn, each request with a client id of its own (no rate limit). */
    private static final class Load {

        private final String base;
        private final List<String> paths;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicLong sequence = new AtomicLong();
        private volatile boolean running;
        private volatile Recorder recorder = new Recorder();

        Load(String base, List<String> paths) {
            this.base = base;
            this.paths = paths;
        }

        boolean answers() {
            try {
                return send(paths.get(0)).statusCode() < 500;
            } catch (IOException | InterruptedException notYet) {
                return false;
            }
        }

        void start() {
            running = true;
            for (int i = 0; i < THREADS; i++) {
                Thread thread = new Thread(this::run, "drill-load-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        private void run() {
            while (running) {
                long n = sequence.incrementAndGet();
                Recorder phase = recorder;
                long begin = System.nanoTime();
                boolean ok;
                try {
                    ok = send(paths.get((int) (n % paths.size()))).statusCode() / 100 == 2;
                } catch (IOException | InterruptedException e) {
                    ok = false;
                }
                phase.record(System.nanoTime() - begin, ok);
            }
        }

        HttpResponse<Void> send(String path) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                    .header("X-Client-Id", "drill-" + sequence.get()).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding());
        }

        Phase phase(int seconds) throws InterruptedException {
            Recorder current = new Recorder();
            recorder = current;
            TimeUnit.SECONDS.sleep(seconds);
            recorder = new Recorder(); // requests still in flight land in the next phase's recorder
            return current.phase();
        }

        /** Milliseconds from {@code since} until an answer says the cache was used (not BYPASS), or -1. */
        long millisUntilCacheUsed(long since, Duration patience) throws InterruptedException {
            long deadline = since + patience.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<Void> response = send(paths.get(0));
                    String cache = response.headers().firstValue("X-Cache").orElse("");
                    if (response.statusCode() / 100 == 2 && !cache.equals("BYPASS")) {
                        return (System.nanoTime() - since) / 1_000_000;
                    }
                } catch (IOException e) {
                    // the app itself is busy: try again
                }
                TimeUnit.MILLISECONDS.sleep(5);
            }
            return -1;
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(35));
            }
        }
    }

    private static final class Recorder {

        private final List<Long> nanos = new ArrayList<>();
        private long failures;

        synchronized void record(long elapsed, boolean ok) {
            nanos.add(elapsed);
            if (!ok) {
                failures++;
            }
        }

        synchronized Phase phase() {
            return new Phase(nanos.stream().mapToLong(Long::longValue).toArray(), failures);
        }
    }
}

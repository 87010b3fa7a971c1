package workshop.lesson05.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import redis.clients.jedis.RedisClient;

import workshop.lesson05.Keys;
import workshop.lesson05.NaivePriceCache;
import workshop.lesson05.PriceService;
import workshop.lesson05.SingleFlightPriceCache;
import workshop.lesson05.XFetchPriceCache;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * One hot key, eight users each asking for it about once a millisecond, a 250 ms TTL and a 20 ms pricing engine:
 * the key expires four times a second under load. Each request counts the origin calls it made itself, and
 * whether it was slow (over 10 ms: it waited for the origin, its own call or another's).
 *
 * <ul>
 *   <li>naive: at each expiry, every user misses and calls the origin (8 calls, 8 slow requests);</li>
 *   <li>single-flight: one call per expiry, but the other users still wait for it (1 call, 8 slow requests);</li>
 *   <li>XFetch: one user (occasionally two or three) refreshes a little before the expiry; the others never find
 *       the key expired (a few calls, a few slow requests: the refreshers themselves);</li>
 *   <li>XFetch refreshing ahead, in the background: the winner of the coin hands the refresh to another thread and
 *       answers what it has (one call, no slow requests).</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -Psolutions -pl lesson05-best-practices -am -Dbench.include=HotKeyExpiry}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(8)
@State(Scope.Benchmark)
public class HotKeyExpiryBenchmark {

    static final long HOT_PRODUCT = 42;
    static final Duration TTL = Duration.ofMillis(250);
    static final Duration ORIGIN_LATENCY = Duration.ofMillis(20);
    static final Duration THINK_TIME = Duration.ofMillis(1);
    static final long SLOW_NANOS = ORIGIN_LATENCY.toNanos() / 2;
    /** The paper's default: 1. */
    static final double BETA = 1.0;

    private Servers servers;
    private RedisClient redis;
    private CountingOrigin origin;
    private NaivePriceCache naive;
    private SingleFlightPriceCache singleFlight;
    private XFetchPriceCache xfetch;
    private ExecutorService refresher;
    private XFetchPriceCache refreshAhead;

    @Setup(Level.Trial)
    public void start() {
        servers = new Servers();
        RedisServer server = servers.redis();
        redis = server.newClient();
        Keys keys = new Keys(server.namespace() + "bench:");
        origin = new CountingOrigin(new PriceService(ORIGIN_LATENCY));
        naive = new NaivePriceCache(redis, keys, origin, TTL);
        singleFlight = new SingleFlightPriceCache(redis, keys, origin, TTL);
        xfetch = new XFetchPriceCache(redis, keys, Clock.systemUTC(), TTL, BETA,
                () -> 1.0 - ThreadLocalRandom.current().nextDouble(), origin::price); // uniform in (0, 1]
        refresher = Executors.newSingleThreadExecutor();
        refreshAhead = new XFetchPriceCache(redis, keys, Clock.systemUTC(), TTL, BETA,
                () -> 1.0 - ThreadLocalRandom.current().nextDouble(), origin::price, origin.countingHandOffs(refresher));
    }

    @TearDown(Level.Trial)
    public void stop() {
        refresher.shutdownNow();
        redis.close();
        servers.close();
    }

    /** One user: asks, thinks about a millisecond (not measured), asks again. */
    @State(Scope.Thread)
    public static class User {

        @Setup(Level.Invocation)
        public void think() {
            LockSupport.parkNanos(THINK_TIME.toNanos());
        }
    }

    /** Counted per request, shown by the benchmark runner per 1,000 requests. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Counted {

        public long requests;
        public long originCalls;
        public long slowRequests;
    }

    @Benchmark
    public String baselineNaive(User user, Counted counted) {
        return counted(() -> naive.price(HOT_PRODUCT), counted);
    }

    @Benchmark
    public String singleFlight(User user, Counted counted) {
        return counted(() -> singleFlight.price(HOT_PRODUCT), counted);
    }

    @Benchmark
    public String xfetch(User user, Counted counted) {
        return counted(() -> xfetch.price(HOT_PRODUCT), counted);
    }

    @Benchmark
    public String xfetchRefreshAhead(User user, Counted counted) {
        return counted(() -> refreshAhead.price(HOT_PRODUCT), counted);
    }

    private String counted(Supplier<String> request, Counted counted) {
        long callsBefore = origin.callsByThisThread();
        long begin = System.nanoTime();
        String price = request.get();
        counted.requests++;
        counted.originCalls += origin.callsByThisThread() - callsBefore;
        if (System.nanoTime() - begin > SLOW_NANOS) {
            counted.slowRequests++;
        }
        return price;
    }
}

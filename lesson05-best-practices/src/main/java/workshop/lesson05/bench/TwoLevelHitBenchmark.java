package workshop.lesson05.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import redis.clients.jedis.RedisClient;

import workshop.lesson05.Keys;
import workshop.lesson05.NaivePriceCache;
import workshop.lesson05.PriceService;
import workshop.lesson05.TwoLevelPriceCache;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * A hit, two ways: Redis alone (a network round trip, even on loopback) against a local Caffeine copy in front of
 * it (a hash lookup in this JVM). What the local level costs instead is coherence: see exercise 5.9.
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -Psolutions -pl lesson05-best-practices -am -Dbench.include=TwoLevelHit}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class TwoLevelHitBenchmark {

    static final long PRODUCT = 42;
    static final Duration TTL = Duration.ofMinutes(10);

    private Servers servers;
    private RedisClient redis;
    private NaivePriceCache redisAlone;
    private TwoLevelPriceCache twoLevel;

    @Setup(Level.Trial)
    public void start() {
        servers = new Servers();
        RedisServer server = servers.redis();
        redis = server.newClient();
        Keys keys = new Keys(server.namespace() + "bench:");
        PriceService origin = new PriceService(PriceService.TYPICAL_LATENCY);
        redisAlone = new NaivePriceCache(redis, keys, origin, TTL);
        twoLevel = new TwoLevelPriceCache(redis, keys, origin, TTL, TTL, Clock.systemUTC());
        redisAlone.price(PRODUCT); // warm: every measured read is a hit
        twoLevel.price(PRODUCT);
    }

    @TearDown(Level.Trial)
    public void stop() {
        twoLevel.close();
        redis.close();
        servers.close();
    }

    @Benchmark
    public String baselineRedisAlone() {
        return redisAlone.price(PRODUCT);
    }

    @Benchmark
    public String localThenRedis() {
        return twoLevel.price(PRODUCT);
    }
}

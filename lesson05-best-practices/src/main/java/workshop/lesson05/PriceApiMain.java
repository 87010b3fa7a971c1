package workshop.lesson05;

import java.time.Clock;
import java.time.Duration;

import io.javalin.Javalin;
import redis.clients.jedis.RedisClient;

import workshop.support.clients.CacheTimeouts;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;
import workshop.support.web.AppAddress;

/**
 * Starts a real Redis (see the main README) and two instances of the price API on it, on http://127.0.0.1:7075 and
 * http://127.0.0.1:7076 ({@code --port=N} or {@code WORKSHOP_PORT} moves both: N and N+1), sharing one pricing engine (50 ms a call). Ctrl+C stops them all.
 */
public final class PriceApiMain {

    private static final int DEFAULT_FIRST_PORT = 7075;
    private static final Duration REDIS_TTL = Duration.ofMinutes(10);
    private static final Duration LOCAL_TTL = Duration.ofSeconds(30);

    private PriceApiMain() {
    }

    public static void main(String[] args) {
        AppAddress address = AppAddress.of(args, DEFAULT_FIRST_PORT, 2).requireFree();
        Servers servers = new Servers();
        RedisServer server = servers.redis();
        Keys keys = new Keys(server.namespace());
        PriceService engine = new PriceService(PriceService.TYPICAL_LATENCY);
        for (int instance = 0; instance < 2; instance++) {
            Instance running = Instance.start(server, keys, engine, address.host(), address.port(instance));
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(servers::close));

        System.out.printf("""
                Two instances of the price API, on %s and %s, caching in %s.
                Each keeps local copies for up to %d s, in front of Redis (Ctrl+C stops them all). Try:
                  curl -i %1$s/prices/42          # the pricing engine: Server-Timing about 50 ms
                  curl -i %2$s/prices/42          # the other instance: a Redis hit, no pricing engine
                  curl -i %2$s/prices/42          # a local hit: not even Redis
                  curl -s -X PUT %1$s/prices/42 -d '{"priceCents": 12000}'
                  curl -s %2$s/prices/42          # 12000: the invalidation reached the other instance
                  curl -s %1$s/stats
                  curl -s %2$s/metrics            # price reads by X-Cache, the hit ratio (Prometheus text)
                """, address.url(0), address.url(1), server, LOCAL_TTL.toSeconds());
    }

    /** One instance of the API: a Redis client and a local level of its own, over the shared pricing engine. */
    record Instance(Javalin app, TwoLevelPriceCache cache, RedisClient redis) implements AutoCloseable {

        static Instance start(RedisServer server, Keys keys, PriceService engine, String host, int port) {
            RedisClient redis = server.newClient(CacheTimeouts.FOR_REQUESTS);
            TwoLevelPriceCache cache = new TwoLevelPriceCache(redis, keys, engine, REDIS_TTL, LOCAL_TTL, Clock.systemUTC());
            return new Instance(PriceApi.create(new PriceApi.Collaborators(engine, cache, redis)).start(host, port), cache, redis);
        }

        @Override
        public void close() {
            app.stop();
            cache.close();
            redis.close();
        }
    }
}

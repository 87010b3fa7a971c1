package workshop.lesson03;

import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import net.spy.memcached.MemcachedClient;

import workshop.support.clients.CacheTimeouts;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;
import workshop.support.web.AppAddress;

/**
 * Starts a real Memcached (see the main README) and the weather API on http://127.0.0.1:7073 ({@code --port=N} or
 * {@code WORKSHOP_PORT} for another), over an upstream
 * service that takes 100 ms a call. Ctrl+C stops both.
 */
public final class WeatherApiMain {

    private static final int DEFAULT_PORT = 7073;
    private static final int TTL_SECONDS = 60;

    private WeatherApiMain() {
    }

    /** The client connects in the background; a request before that would be cancelled (and answered BYPASS). */
    private static void awaitConnection(MemcachedClient memcached) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (memcached.getAvailableServers().isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    /** The API the main starts, on any client and key namespace: the README's transcript is checked against it too. */
    static Javalin app(MemcachedClient memcached, String namespace) {
        CityKeys keys = new SafeCityKeys(namespace);
        WeatherService service = new WeatherService(WeatherService.TYPICAL_LATENCY);
        return WeatherApi.create(new WeatherCache(memcached, keys, TTL_SECONDS), new WeatherBulkReader(memcached, keys, TTL_SECONDS), service);
    }

    public static void main(String[] args) throws InterruptedException {
        AppAddress address = AppAddress.of(args, DEFAULT_PORT, 1).requireFree();
        Servers servers = new Servers();
        MemcachedServer server = servers.memcached();
        // Exercise 3.9's short timeout, plus what an app serving requests needs besides: a bounded wait for a full
        // queue and a reconnect within a second of a restart.
        MemcachedClient memcached = server.newClient(CacheTimeouts.FOR_REQUESTS);
        awaitConnection(memcached);
        Javalin app = app(memcached, server.namespace()).start(address.host(), address.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            memcached.shutdown();
            servers.close();
        }));

        System.out.printf("""
                Weather API on %s, caching in %s (Ctrl+C stops both). Try:
                  curl -i %1$s/weather/Oslo                      # MISS (100 ms upstream), then HIT
                  curl -i '%1$s/weather/S%%C3%%A3o%%20Paulo'        # São Paulo: a safe key is made for it
                  curl -s '%1$s/weather?cities=Oslo,Paris,Lima'    # one getBulk
                  curl -i %1$s/weather/Oslo%%3B%%20DROP             # 400, with a JSON error
                  curl -s %1$s/metrics                           # reads by X-Cache, the hit ratio (Prometheus text)
                """, address.url(0), server);
    }
}

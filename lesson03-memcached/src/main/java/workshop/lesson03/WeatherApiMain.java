package workshop.lesson03;

import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import net.spy.memcached.MemcachedClient;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;

/**
 * Starts a real Memcached (see the main README) and the weather API on http://localhost:7073, over an upstream
 * service that takes 100 ms a call. Ctrl+C stops both.
 */
public final class WeatherApiMain {

    private static final int PORT = 7073;
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

    public static void main(String[] args) throws InterruptedException {
        Servers servers = new Servers();
        MemcachedServer server = servers.memcached();
        MemcachedClient memcached = ResilientClients.forAddresses(server.address().toString());
        awaitConnection(memcached);
        CityKeys keys = new SafeCityKeys(server.namespace());
        WeatherService service = new WeatherService(WeatherService.TYPICAL_LATENCY);
        Javalin app = WeatherApi.create(new WeatherCache(memcached, keys, TTL_SECONDS),
                new WeatherBulkReader(memcached, keys, TTL_SECONDS), service).start(PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            memcached.shutdown();
            servers.close();
        }));

        System.out.printf("""
                Weather API on http://localhost:%d, caching in %s (Ctrl+C stops both). Try:
                  curl -i http://localhost:%1$d/weather/Oslo                      # MISS (100 ms upstream), then HIT
                  curl -i 'http://localhost:%1$d/weather/S%%C3%%A3o%%20Paulo'        # São Paulo: a safe key is made for it
                  curl -s 'http://localhost:%1$d/weather?cities=Oslo,Paris,Lima'    # one getBulk
                  curl -i http://localhost:%1$d/weather/Oslo%%3B%%20DROP             # 400, with a JSON error
                """, PORT, server);
    }
}

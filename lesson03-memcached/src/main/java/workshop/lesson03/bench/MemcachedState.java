package workshop.lesson03.bench;

import java.time.Duration;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import net.spy.memcached.MemcachedClient;

import workshop.lesson03.CityKeys;
import workshop.lesson03.WeatherJson;
import workshop.lesson03.WeatherService;
import workshop.support.servers.MemcachedServer;
import workshop.support.servers.Servers;

/**
 * A real Memcached for a benchmark run, from the same place as every test's, holding the weather of cities 0..99.
 * Started once per fork, stopped at its end.
 */
@State(Scope.Benchmark)
public class MemcachedState {

    static final int CITIES = 100;

    Servers servers;
    MemcachedClient memcached;
    CityKeys keys;
    WeatherService upstream;

    @Setup(Level.Trial)
    public void start() throws Exception {
        servers = new Servers();
        MemcachedServer server = servers.memcached();
        memcached = server.newClient();
        keys = CityKeys.naive(server.namespace() + "bench:");
        upstream = new WeatherService(WeatherService.TYPICAL_LATENCY);
        WeatherService instant = new WeatherService(Duration.ZERO);
        for (int city = 0; city < CITIES; city++) {
            memcached.set(keys.forCity("city-" + city), 3_600, WeatherJson.write(instant.current("city-" + city))).get();
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        memcached.shutdown();
        servers.close();
    }
}

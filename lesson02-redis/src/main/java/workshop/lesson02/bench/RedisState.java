package workshop.lesson02.bench;

import java.time.Duration;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import redis.clients.jedis.RedisClient;

import workshop.lesson02.Keys;
import workshop.lesson02.Product;
import workshop.lesson02.ProductDatabase;
import workshop.lesson02.ProductJson;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * A real Redis for a benchmark run, from the same place as every test's, holding products 1..100 both as JSON
 * strings and as hashes. Started once per fork, stopped (with everything written) at its end.
 */
@State(Scope.Benchmark)
public class RedisState {

    static final int PRODUCTS = 100;

    Servers servers;
    RedisClient redis;
    Keys keys;
    ProductDatabase database;

    @Setup(Level.Trial)
    public void start() {
        servers = new Servers();
        RedisServer server = servers.redis();
        redis = server.newClient();
        keys = new Keys(server.namespace() + "bench:");
        database = ProductDatabase.withSampleProducts(PRODUCTS, ProductDatabase.TYPICAL_LATENCY);
        ProductDatabase instant = ProductDatabase.withSampleProducts(PRODUCTS, Duration.ZERO);
        for (long id = 1; id <= PRODUCTS; id++) {
            Product product = instant.findById(id).orElseThrow();
            redis.set(keys.product(id), ProductJson.write(product));
            redis.hset(keys.productHash(id), "name", product.name());
            redis.hset(keys.productHash(id), "priceCents", Long.toString(product.priceCents()));
            redis.hset(keys.productHash(id), "stock", Long.toString(product.stock()));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        redis.close();
        servers.close();
    }
}

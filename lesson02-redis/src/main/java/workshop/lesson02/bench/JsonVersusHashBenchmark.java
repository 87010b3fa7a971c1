package workshop.lesson02.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import workshop.lesson02.Product;
import workshop.lesson02.ProductJson;

/**
 * A product as one JSON string or as a hash of fields. Reading the whole product costs about the same either
 * way; changing one field is where they part: the string must be read, parsed, changed and written back (two
 * round trips, and a race between them), the hash changes in place ({@code HINCRBY}: one round trip, atomic).
 *
 * <p>Run: {@code ./mvnw -q package -Pbench -pl lesson02-redis -am -Dbench.include=JsonVersusHash}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonVersusHashBenchmark {

    @Benchmark
    public Product jsonString(RedisState state) {
        return ProductJson.read(state.redis.get(state.keys.product(7)));
    }

    @Benchmark
    public Product hash(RedisState state) {
        Map<String, String> fields = state.redis.hgetAll(state.keys.productHash(7));
        return new Product(7, fields.get("name"), Long.parseLong(fields.get("priceCents")), Long.parseLong(fields.get("stock")));
    }

    /** Sell one: read the JSON, change the stock, write it all back. */
    @Benchmark
    public String jsonStringChangeStock(RedisState state) {
        Product product = ProductJson.read(state.redis.get(state.keys.product(8)));
        Product sold = new Product(product.id(), product.name(), product.priceCents(), product.stock() - 1);
        return state.redis.set(state.keys.product(8), ProductJson.write(sold));
    }

    /** Sell one: change the stock field where it is. */
    @Benchmark
    public long hashChangeStock(RedisState state) {
        return state.redis.hincrBy(state.keys.productHash(8), "stock", -1);
    }
}

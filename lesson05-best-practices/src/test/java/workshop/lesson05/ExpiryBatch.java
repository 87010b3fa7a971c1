package workshop.lesson05;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.util.SafeEncoder;

/**
 * A warm-up's 1,000 prices, written at once, and when each expires, in Unix milliseconds, read from Redis itself
 * ({@code PEXPIRETIME}), with the server's time just before and just after the writes. 5.1's test writes them with
 * jitter, {@code NaiveExpiryTest} with one fixed TTL.
 */
record ExpiryBatch(List<Long> expiries, long writeStart, long writeEnd) {

    static final int ENTRIES = 1_000;

    /** Writes the batch in one pipeline, as a warm-up would, each entry with the next TTL, and reads back its expiries. */
    static ExpiryBatch write(RedisClient client, Keys keys, Supplier<Duration> ttl) {
        long writeStart = serverMillis(client, false);
        try (AbstractPipeline pipeline = client.pipelined()) {
            for (long id = 1; id <= ENTRIES; id++) {
                pipeline.set(keys.price(id), "100", SetParams.setParams().px(ttl.get().toMillis()));
            }
        }
        long writeEnd = serverMillis(client, true);
        List<Response<Long>> replies = new ArrayList<>();
        try (AbstractPipeline pipeline = client.pipelined()) {
            for (long id = 1; id <= ENTRIES; id++) {
                replies.add(pipeline.pexpireTime(keys.price(id)));
            }
        }
        return new ExpiryBatch(replies.stream().map(Response::get).toList(), writeStart, writeEnd);
    }

    long earliest() {
        return Collections.min(expiries);
    }

    long latest() {
        return Collections.max(expiries);
    }

    /** The most expiries that fall in one second of the server's clock. */
    int busiestSecond() {
        Map<Long, Integer> perSecond = new HashMap<>();
        expiries.forEach(expiry -> perSecond.merge(expiry / 1_000, 1, Integer::sum));
        return Collections.max(perSecond.values());
    }

    /** The server's clock in milliseconds, rounded down or up. */
    private static long serverMillis(RedisClient client, boolean roundUp) {
        List<?> time = (List<?>) client.sendCommand(Protocol.Command.TIME); // [seconds, microseconds], as bytes
        long micros = Long.parseLong(SafeEncoder.encode((byte[]) time.get(0))) * 1_000_000
                + Long.parseLong(SafeEncoder.encode((byte[]) time.get(1)));
        return roundUp ? (micros + 999) / 1_000 : micros / 1_000;
    }
}

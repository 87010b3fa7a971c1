package workshop.lesson02;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;

import workshop.support.exercises.Todo;

/**
 * Exercise 2.8: each app instance keeps local copies of products (fastest of all: no network), and learns through
 * Redis pub/sub when another instance changed one, so it drops its copy. Pub/sub is fire-and-forget: an instance
 * that is not listening at that moment never hears the message (lesson 05 bounds that risk with a local TTL).
 * A deliberate shortcut: if the connection drops, the listener ends and does not subscribe again.
 */
public final class LocalProductCopies implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalProductCopies.class);

    private final RedisClient redis;
    private final Keys keys;
    private final Map<Long, Product> copies = new ConcurrentHashMap<>();
    private final Subscriber subscriber = new Subscriber();
    private final Thread listener;

    public LocalProductCopies(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
        // subscribe() blocks while subscribed, so it gets a thread of its own.
        this.listener = new Thread(() -> redis.subscribe(subscriber, keys.invalidations()), "invalidation-listener");
        listener.setDaemon(true);
    }

    /** Starts listening, and returns once Redis has confirmed the subscription. */
    public LocalProductCopies start() {
        listener.start();
        try {
            if (!subscriber.subscribed.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Redis did not confirm the subscription to " + keys.invalidations());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while subscribing", e);
        }
        return this;
    }

    public Optional<Product> get(long id) {
        return Optional.ofNullable(copies.get(id));
    }

    public void put(Product product) {
        copies.put(product.id(), product);
    }

    /** Tells every instance (this one included), through {@code keys.invalidations()}, that a product changed. */
    public void publishInvalidation(long productId) {
        throw Todo.exercise("2.8", "make LocalProductCopies.publishInvalidation(productId) tell every instance that the product changed");
    }

    /** What an instance does when it hears that a product changed (the message is its id): forget its copy. */
    void onInvalidation(String message) {
        throw Todo.exercise("2.8", "make LocalProductCopies.onInvalidation(message) forget the copy of the product that changed");
    }

    @Override
    public void close() throws InterruptedException {
        if (subscriber.isSubscribed()) {
            subscriber.unsubscribe();
        }
        listener.join(TimeUnit.SECONDS.toMillis(5));
    }

    private final class Subscriber extends JedisPubSub {

        final CountDownLatch subscribed = new CountDownLatch(1);

        @Override
        public void onSubscribe(String channel, int subscribedChannels) {
            subscribed.countDown();
        }

        @Override
        public void onMessage(String channel, String message) {
            try {
                onInvalidation(message);
            } catch (RuntimeException badMessage) {
                // Anyone can PUBLISH to the channel: a message that is no product id must not end the listening.
                log.warn("Ignored the message {} on {}", message, channel, badMessage);
            }
        }
    }
}

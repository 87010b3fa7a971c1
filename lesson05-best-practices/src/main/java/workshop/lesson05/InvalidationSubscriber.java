package workshop.lesson05;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Listens on a Redis pub/sub channel for "this product's price changed" and hands each product id to a callback.
 * {@code SUBSCRIBE} holds its connection, so listening gets a thread of its own.
 *
 * <p>Pub/sub is fire-and-forget: a message published while this instance is not subscribed is lost, not queued.
 * So when the connection drops, the listener subscribes again (after a short pause, for as long as it is open) and
 * then calls {@code onResubscribed}: whatever was published in the gap is gone, and the only safe answer is to
 * forget every local copy.
 */
public final class InvalidationSubscriber implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InvalidationSubscriber.class);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final RedisClient redis;
    private final String channel;
    private final LongConsumer onInvalidation;
    private final Runnable onResubscribed;
    private final CountDownLatch firstSubscription = new CountDownLatch(1);
    private final Thread listener;
    private volatile Subscription current;
    private volatile boolean closed;

    private InvalidationSubscriber(RedisClient redis, String channel, LongConsumer onInvalidation, Runnable onResubscribed) {
        this.redis = redis;
        this.channel = channel;
        this.onInvalidation = onInvalidation;
        this.onResubscribed = onResubscribed;
        this.listener = new Thread(this::listen, "invalidations-" + channel);
        listener.setDaemon(true);
    }

    /** Subscribes, and returns once Redis has confirmed it: from then on, no invalidation is missed unnoticed. */
    public static InvalidationSubscriber start(RedisClient redis, String channel, LongConsumer onInvalidation,
                                               Runnable onResubscribed) {
        InvalidationSubscriber subscriber = new InvalidationSubscriber(redis, channel, onInvalidation, onResubscribed);
        subscriber.listener.start();
        try {
            if (!subscriber.firstSubscription.await(5, TimeUnit.SECONDS)) {
                subscriber.close();
                throw new IllegalStateException("Redis did not confirm the subscription to " + channel + " within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            subscriber.close();
            throw new IllegalStateException("Interrupted while subscribing to " + channel, e);
        }
        return subscriber;
    }

    private void listen() {
        while (!closed) {
            Subscription subscription = new Subscription();
            current = subscription;
            try {
                redis.subscribe(subscription, channel); // blocks until unsubscribed, or the connection drops
            } catch (JedisException dropped) {
                if (!closed) {
                    log.warn("Lost the subscription to {} ({}); subscribing again", channel, dropped.getMessage());
                    LockSupport.parkNanos(RETRY_PAUSE.toNanos()); // do not spin on a Redis that is down
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Subscription subscription = current;
        if (subscription != null && subscription.isSubscribed()) {
            try {
                subscription.unsubscribe();
            } catch (JedisException alreadyGone) {
                // the connection is already closed: nothing left to unsubscribe
            }
        }
        LockSupport.unpark(listener);
        try {
            listener.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Subscription extends JedisPubSub {

        @Override
        public void onSubscribe(String channel, int subscribedChannels) {
            if (closed) {
                unsubscribe(); // closed while this subscription was on its way
                return;
            }
            if (firstSubscription.getCount() == 0) {
                try {
                    onResubscribed.run(); // messages published in the gap were lost
                } catch (RuntimeException failed) {
                    log.warn("Could not apply the resubscription to {}", channel, failed);
                }
            }
            firstSubscription.countDown();
        }

        @Override
        public void onMessage(String channel, String message) {
            long productId;
            try {
                productId = Long.parseLong(message);
            } catch (NumberFormatException notAnId) {
                // Anyone allowed to PUBLISH can send anything: a stray message must not end the listening.
                log.warn("Ignored the message {} on {}: not a product id", message, channel);
                return;
            }
            try {
                onInvalidation.accept(productId);
            } catch (RuntimeException failed) {
                log.warn("Could not apply the invalidation of {} from {}", productId, channel, failed);
            }
        }
    }
}

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
    private static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY_PAUSE = Duration.ofSeconds(2);

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
        Duration pause = FIRST_RETRY_PAUSE;
        while (!closed) {
            Subscription subscription = new Subscription();
            current = subscription;
            try {
                redis.subscribe(subscription, channel); // blocks until unsubscribed, or the connection drops
            } catch (JedisException dropped) {
                if (closed) {
                    break;
                }
                if (subscription.confirmed) {
                    pause = FIRST_RETRY_PAUSE; // it was up: try again soon
                    log.warn("Lost the subscription to {} ({}); subscribing again", channel, dropped.getMessage());
                } else {
                    log.debug("Could not subscribe to {} ({}); trying again in {} ms", channel, dropped.getMessage(), pause.toMillis());
                }
                LockSupport.parkNanos(pause.toNanos()); // do not hammer a Redis that is down: wait longer each time
                pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY_PAUSE) > 0 ? LONGEST_RETRY_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Subscription subscription = current;
        if (subscription != null) {
            try {
                subscription.unsubscribe(); // whatever isSubscribed() says from this thread: it may not see it yet
            } catch (RuntimeException notSubscribed) {
                // not subscribed (yet, or any more): the listener sees `closed` and stops
            }
        }
        LockSupport.unpark(listener);
        try {
            listener.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (listener.isAlive()) {
            log.warn("The listener on {} did not stop within 5 s; it is a daemon thread and ends with the JVM", channel);
        }
    }

    private final class Subscription extends JedisPubSub {

        /** Redis confirmed this subscription: a later failure is a dropped connection, not a Redis that is down. */
        volatile boolean confirmed;

        @Override
        public void onSubscribe(String channel, int subscribedChannels) {
            confirmed = true;
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

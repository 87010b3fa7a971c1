package workshop.support.servers;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure an image is on this machine before a container needs it, pulling it if not, and gives up on a
 * pull that makes no progress for {@link #STALL_LIMIT}: offline, or behind a proxy that swallows the request,
 * Testcontainers' own pull would retry for minutes. The answer is kept per image for the whole JVM.
 */
final class DockerImages {

    private static final Logger log = LoggerFactory.getLogger(DockerImages.class);
    /** A pull that has not moved for this long is not going to: an unreachable registry, a proxy, no network. */
    static final Duration STALL_LIMIT = Duration.ofSeconds(15);

    private static final Map<String, Optional<DockerProblem>> KNOWN = new HashMap<>();

    private DockerImages() {
    }

    /** Empty when {@code image} is here (pulled now if it was not); else why not. Asked once per image per JVM. */
    static Optional<DockerProblem> problemWith(DockerClient client, String image) {
        synchronized (KNOWN) {
            Optional<DockerProblem> known = KNOWN.get(image);
            if (known == null) {
                known = ensure(client, image, STALL_LIMIT);
                KNOWN.put(image, known);
            }
            return known;
        }
    }

    /** Pulls {@code image} unless it is here; a pull may take as long as it moves, but no more than {@code stallLimit} without moving. */
    static Optional<DockerProblem> ensure(DockerClient client, String image, Duration stallLimit) {
        if (isHere(client, image)) {
            return Optional.empty();
        }
        log.info("Pulling {} (not on this machine yet)", image);
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> lastSaid = new AtomicReference<>("nothing");
        ResultCallback.Adapter<PullResponseItem> pull = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PullResponseItem item) {
                lastProgress.set(System.nanoTime());
                if (item.getErrorDetail() != null) {
                    failure.compareAndSet(null, new IllegalStateException(item.getErrorDetail().getMessage()));
                } else if (item.getStatus() != null) {
                    lastSaid.set(item.getStatus());
                }
            }

            /** Kept for the explanation, and not logged with its stack trace as the adapter would: the cause is what counts. */
            @Override
            public void onError(Throwable error) {
                failure.compareAndSet(null, error);
                closeQuietly(this);
            }
        };
        try {
            client.pullImageCmd(image).exec(pull);
            while (!pull.awaitCompletion(200, TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() - lastProgress.get() > stallLimit.toNanos()) {
                    failure.compareAndSet(null, new IllegalStateException("the pull made no progress for " + stallLimit.toSeconds() + " s"));
                    break;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, interrupted);
        } catch (RuntimeException refused) {
            failure.compareAndSet(null, refused);
        } finally {
            closeQuietly(pull);
        }
        if (failure.get() == null && isHere(client, image)) {
            return Optional.empty();
        }
        Throwable why = failure.get() != null ? failure.get() : new IllegalStateException("the pull ended without the image; the engine last said: " + lastSaid.get());
        return Optional.of(DockerProblem.of(DockerProblem.Cause.IMAGE_NOT_PULLABLE, image, why));
    }

    static boolean isHere(DockerClient client, String image) {
        try {
            client.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    /** Its size on disk in bytes, as the engine reports it. */
    static long size(DockerClient client, String image) {
        Long size = client.inspectImageCmd(image).exec().getSize();
        return size == null ? 0 : size;
    }

    private static void closeQuietly(ResultCallback.Adapter<PullResponseItem> pull) {
        try {
            pull.close();
        } catch (java.io.IOException ignored) {
            // the pull's connection is gone either way
        }
    }
}
